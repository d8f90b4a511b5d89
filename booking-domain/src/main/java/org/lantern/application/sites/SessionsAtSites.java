package org.lantern.application.sites;

/** Port: whether any session (past, future or called off) was ever set up at a site. */
public interface SessionsAtSites {

    boolean anyAt(String site);
}
