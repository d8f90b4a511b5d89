package org.lantern.application.clinic;

/**
 * Port: whether a username is an enabled staff account that runs sessions (a clinician, counsellor or the police
 * liaison officer). A session's clinician is such an account, so a clinician's own day list and "their own sessions"
 * follow from the username they sign in with.
 */
@FunctionalInterface
public interface Clinicians {

    boolean runsSessions(String username);
}
