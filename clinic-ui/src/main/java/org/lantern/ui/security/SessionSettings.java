package org.lantern.ui.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a staff session lives: it ends after {@code idleTimeout} without a request, and in any case
 * {@code absoluteTimeout} after it began, so a screen left signed in at a shared desk does not stay open.
 */
@ConfigurationProperties("lantern.sessions")
public record SessionSettings(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {
}
