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

    /** The same at one site (every site for null). */
    default List<SessionView> sessions(LocalDate from, LocalDate to, String service, String site) {
        return sessions(from, to, service).stream().filter(s -> site == null || site.equals(s.site())).toList();
    }
}
