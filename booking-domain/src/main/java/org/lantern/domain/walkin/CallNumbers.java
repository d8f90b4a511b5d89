package org.lantern.domain.walkin;

import java.time.LocalDate;
import org.lantern.domain.booking.Service;

/**
 * Call numbers for the waiting-room screen: a letter and a number, "A12". The letter of each service changes every
 * day (three different letters on any one day), so a regular in the waiting room cannot learn which letter means
 * the police clinic.
 */
public final class CallNumbers {

    static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private CallNumbers() {
    }

    public static String of(Service service, LocalDate date, int number) {
        int index = (int) Math.floorMod(date.toEpochDay() * 7 + service.ordinal() * 8L, LETTERS.length());
        return LETTERS.charAt(index) + Integer.toString(number);
    }
}
