package org.lantern.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lantern.domain.booking.BookingReference;

/** A reference is normalised in one place, and only well-formed ones reach a database look-up. */
class BookingReferenceTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "K7M2QX|K7M2QX", "k7m2qx|K7M2QX", "  K7M2QX |K7M2QX", "K7M 2QX|K7M2QX", "k7m-2qx|K7M2QX"})
    void forgivesCaseSpacesAndDashes(String typed, String normal) {
        assertThat(BookingReference.parse(typed)).map(BookingReference::value).contains(normal);
    }

    @ParameterizedTest(name = "''{0}'' is no reference")
    @CsvSource(delimiter = '|', value = {"K7M2Q", "K7M2QXX", "K7M2Q0", "K7M2QI", "K7M2QL", "K7M2Q1", "'<b>x'"})
    void refusesWhatCannotBeOne(String typed) {
        assertThat(BookingReference.parse(typed)).isEmpty();
    }
}
