package org.lantern.application.booking;

/**
 * Port: sends a command to its aggregate and answers what the handler returned. Two writers racing on one
 * aggregate are the implementation's business (it retries on fresh state); what comes back to the caller is
 * the answer or a {@link org.lantern.domain.booking.Refusal}.
 */
public interface Commands {

    <T> T send(Object command);
}
