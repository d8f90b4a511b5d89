package org.lantern.domain.privacy;

import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataSubjectTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 12, 0);

    private FixtureConfiguration<DataSubject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DataSubject.class);
    }

    @Test
    void recordsAnErasureAndAnswersTrue() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand("subject-1", "K7M2QX", ErasureReason.PERSON, NOW))
                .expectResultMessagePayload(true)
                .expectEvents(new PersonalDataErasedEvent("subject-1", "K7M2QX", ErasureReason.PERSON, NOW));
    }

    @Test
    void erasingTwiceRecordsOneErasureAndAnswersFalse() {
        fixture.given(new PersonalDataErasedEvent("subject-1", "K7M2QX", ErasureReason.PERSON, NOW))
                .when(new ErasePersonalDataCommand("subject-1", "K7M2QX", ErasureReason.MANAGER, NOW))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }
}
