package org.lantern.domain.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClinicianDiaryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String DIARY = DiaryId.of(" Sam ", DATE);

    private FixtureConfiguration<ClinicianDiary> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClinicianDiary.class);
    }

    private static ReserveClinicianTimeCommand reserve(String session, int from, int to) {
        return new ReserveClinicianTimeCommand(DIARY, "sam", DATE, session, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static ClinicianTimeReservedEvent reserved(String session, int from, int to) {
        return new ClinicianTimeReservedEvent(DIARY, "sam", DATE, session, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void aDiaryIsOneClinicianOnOneDateWhateverTheCase() {
        org.assertj.core.api.Assertions.assertThat(DiaryId.of("SAM", DATE)).isEqualTo(DIARY);
    }

    @Test
    void reservesFreeTime() {
        fixture.givenNoPriorActivity().when(reserve("s1", 9, 11)).expectEvents(reserved("s1", 9, 11));
    }

    @Test
    void refusesAnOverlappingSessionOnAnyService() {
        fixture.given(reserved("s1", 9, 11))
                .when(reserve("s2", 10, 12))
                .expectException(Matchers.predicate(e -> e instanceof DiaryRefusal r
                        && r.code().equals("CLINICIAN_OVERLAP")))
                .expectNoEvents();
    }

    @Test
    void allowsBackToBackSessions() {
        fixture.given(reserved("s1", 9, 11)).when(reserve("s2", 11, 12)).expectEvents(reserved("s2", 11, 12));
    }

    @Test
    void aRetriedReservationRecordsNothingMore() {
        fixture.given(reserved("s1", 9, 11)).when(reserve("s1", 9, 11)).expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void releasedTimeCanBeReservedAgain() {
        fixture.given(reserved("s1", 9, 11), new ClinicianTimeReleasedEvent(DIARY, "s1"))
                .when(reserve("s2", 9, 11)).expectEvents(reserved("s2", 9, 11));
    }

    @Test
    void releasingTimeNeverReservedRecordsNothing() {
        fixture.given(reserved("s1", 9, 11)).when(new ReleaseClinicianTimeCommand(DIARY, "s9"))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
