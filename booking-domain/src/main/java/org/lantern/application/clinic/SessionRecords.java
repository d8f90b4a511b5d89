package org.lantern.application.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the read side's sessions, by id (a look-up by unique key). */
public interface SessionRecords {

    Optional<SessionView> session(String sessionId);

    /** The sessions from one date to another, of one service (all services for null), by date and start. */
    default List<SessionView> sessions(LocalDate from, LocalDate to, String service) {
        return List.of();
    }
}
