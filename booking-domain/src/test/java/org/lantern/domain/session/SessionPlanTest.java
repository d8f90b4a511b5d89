package org.lantern.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionPlanTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 12, 0);

    @ParameterizedTest(name = "{0}-{1}, {2} min, {3} places: {4}")
    @CsvSource({
            "11:00, 09:00, 30, 2, END_NOT_AFTER_START",
            "09:00, 10:00, 25, 2, SLOT_LENGTH_DOES_NOT_DIVIDE",
            "09:00:30, 10:00, 30, 2, SLOT_LENGTH_DOES_NOT_DIVIDE",
            "09:00, 10:00, 4, 2, SLOT_LENGTH_OUT_OF_RANGE",
            "09:00, 13:01, 241, 2, SLOT_LENGTH_OUT_OF_RANGE",
            "09:00, 10:00, 30, 0, PLACES_OUT_OF_RANGE",
            "09:00, 10:00, 30, 51, PLACES_OUT_OF_RANGE"})
    void refusesAShapeThatCannotBe(String start, String end, int slot, int places, SessionRefusal.Reason reason) {
        assertThatThrownBy(() -> SessionPlan.checked(DATE, LocalTime.parse(start), LocalTime.parse(end), slot, places,
                NOW)).isInstanceOfSatisfying(SessionRefusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2026-11-21, SESSION_IN_PAST", "2027-11-23, TOO_FAR_AHEAD"})
    void refusesADateOutOfReach(LocalDate date, SessionRefusal.Reason reason) {
        assertThatThrownBy(() -> SessionPlan.checked(date, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 1, NOW))
                .isInstanceOfSatisfying(SessionRefusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0} is a slot: {1}")
    @CsvSource({"09:00, true", "09:30, true", "09:15, false", "10:00, false", "08:30, false"})
    void knowsItsSlots(LocalTime time, boolean isSlot) {
        SessionPlan plan = SessionPlan.checked(DATE, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 1, NOW);
        if (isSlot) {
            plan.requireSlot(time);
        } else {
            assertThatThrownBy(() -> plan.requireSlot(time)).isInstanceOf(SessionRefusal.class);
        }
    }
}
