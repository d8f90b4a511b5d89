package org.lantern.application.clinic;

import java.util.Optional;

/** Port: the read side's sessions, by id (a look-up by unique key). */
public interface SessionRecords {

    Optional<SessionView> session(String sessionId);
}
