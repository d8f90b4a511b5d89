package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a person takes away from booking. The secret is shown once and kept nowhere in plain text; the subject
 * id stays on the server.
 */
public record BookingReceipt(String reference, String secret, String service, LocalDate date, LocalTime start,
                             LocalTime end, String subjectId) {

    @Override
    public String toString() {
        return "BookingReceipt[" + reference + "]";
    }
}
