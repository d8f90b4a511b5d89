package org.lantern.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayIdTest {

    @Test
    void aSessionIdLeadsBackToItsDay() {
        LocalDate date = LocalDate.of(2027, 3, 28);
        assertThat(DayId.dateOfSession(DayId.sessionId(date, "k3j9"))).contains(date);
    }

    @Test
    void aForeignIdLeadsNowhere() {
        assertThat(DayId.dateOfSession("../../etc")).isEmpty();
        assertThat(DayId.dateOfSession("2027-13-40~x")).isEmpty();
        assertThat(DayId.dateOfSession(null)).isEmpty();
    }
}
