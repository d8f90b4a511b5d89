package org.lantern.domain.walkin;

import java.time.LocalDate;

/**
 * Call numbers for the waiting-room screen: a letter and a number, "A12". The letter of each service changes every
 * day (three different letters on any one day), so a regular in the waiting room cannot learn which letter means
 * the police clinic.
 */
public final class CallNumbers {

    static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private CallNumbers() {
    }

    /** {@code serviceNumber}: the service's number in the catalogue (up to 23 services get different letters). */
    public static String of(int serviceNumber, LocalDate date, int number) {
        int index = (int) Math.floorMod(date.toEpochDay() * 7 + (serviceNumber - 1) * 8L, LETTERS.length());
        return LETTERS.charAt(index) + Integer.toString(number);
    }
}
