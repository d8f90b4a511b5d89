package org.lantern.ui.clinic;

/**
 * Who is asking to book, as far as the caps can tell. Only the client address for now; the reminder contact
 * joins here when it exists, for a per-contact {@link BookingLimit}.
 */
public record BookingRequester(String clientAddress) {

    @Override
    public String toString() {
        return "BookingRequester[hidden]";
    }
}
