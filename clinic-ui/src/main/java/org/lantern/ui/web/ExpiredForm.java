package org.lantern.ui.web;

import java.net.URI;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.WebSession;

/**
 * A public form that was left open until its page session (and with it the CSRF token) ran out. Nothing is done
 * with it, as with any form without its token; but instead of a dead end, a page that implements this keeps
 * what was typed in the new page session and names the page that fills it in again.
 */
public interface ExpiredForm {

    /** The page to go to, when this form is one of ours; what was typed is kept in {@code session}. */
    Optional<URI> keep(String path, MultiValueMap<String, String> fields, WebSession session);
}
