package org.lantern.application.attendance;

import java.util.Locale;

/**
 * Who marks attendance: reception and managers act on every session; a clinician only on the sessions that name
 * them (a session's clinician is a staff account's username).
 */
public record StaffMember(String username, boolean actsOnEverySession) {

    public boolean runs(String clinician) {
        return actsOnEverySession
                || (clinician != null && clinician.equals(username.strip().toLowerCase(Locale.ROOT)));
    }
}
