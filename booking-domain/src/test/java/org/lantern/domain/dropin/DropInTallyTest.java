package org.lantern.domain.dropin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DropInTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String TALLY = DropInTallyId.of(DAY);
    private static final LocalDateTime NOW = DAY.atTime(11, 0);

    private FixtureConfiguration<DropInTally> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DropInTally.class);
    }

    @Test
    void eachVisitIsCountedWithTheNextNumberOfTheDay() {
        fixture.given(new VisitCountedEvent(TALLY, DAY, 1, VisitReason.COFFEE, NOW))
                .when(new CountVisitCommand(TALLY, DAY, VisitReason.SHOWER, NOW))
                .expectResultMessagePayload(2)
                .expectEvents(new VisitCountedEvent(TALLY, DAY, 2, VisitReason.SHOWER, NOW));
    }

    @Test
    void onlyTodayIsCounted() {
        fixture.givenNoPriorActivity()
                .when(new CountVisitCommand(TALLY, DAY, VisitReason.CHAT, NOW.plusDays(1)))
                .expectException(Matchers.predicate(e -> e instanceof DropInRefusal r
                        && r.reason() == DropInRefusal.Reason.NOT_TODAY_TALLY))
                .expectNoEvents();
    }
}
