package org.lantern.domain.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.Service;

/** The walk-in queue: calling order, priority changes, return to the queue, and what cannot be done. */
class QueueTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final String QUEUE = QueueId.of(new Service("sexual-health"), DATE);
    static final LocalDateTime AT = DATE.atTime(10, 0);

    private FixtureConfiguration<Queue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Queue.class);
    }

    static WalkInAddedEvent walkIn(String ticketId, int arrival, Priority priority) {
        return new WalkInAddedEvent(QUEUE, new Service("sexual-health"), DATE, ticketId,
                CallNumbers.of(1, DATE, arrival), arrival, "hash-" + ticketId, priority, null,
                null, null, AT);
    }

    static BookedArrivalQueuedEvent booking(String reference, int arrival, LocalTime slot) {
        return new BookedArrivalQueuedEvent(QUEUE, new Service("sexual-health"), DATE, reference,
                CallNumbers.of(1, DATE, arrival), arrival, slot, AT);
    }

    static CallNextCommand next(LocalDateTime now) {
        return new CallNextCommand(QUEUE, "Room 1", null, now);
    }

    static TicketCalledEvent called(String ticketId, LocalDateTime at) {
        return new TicketCalledEvent(QUEUE, ticketId, "Room 1", null, at);
    }

    static boolean refusedFor(Object e, QueueRefusal.Reason reason) {
        return e instanceof QueueRefusal r && r.reason() == reason;
    }

    @Test
    void aWalkInGetsTheNextCallNumber() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE))
                .when(new AddWalkInCommand(QUEUE, new Service("sexual-health"), 1, DATE, "t2", "hash-t2", Priority.URGENT,
                        null, null, null, AT))
                .expectEvents(walkIn("t2", 2, Priority.URGENT));
    }

    @Test
    void urgentGoesFirst() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE), walkIn("t2", 2, Priority.SOON),
                        walkIn("t3", 3, Priority.URGENT))
                .when(next(AT))
                .expectResultMessagePayload("t3")
                .expectEvents(called("t3", AT));
    }

    @Test
    void withinAPriorityArrivalOrder() {
        fixture.given(walkIn("t1", 1, Priority.SOON), walkIn("t2", 2, Priority.SOON))
                .when(next(AT))
                .expectResultMessagePayload("t1");
    }

    @Test
    void aCheckedInBookingWhoseTimeHasComeGoesBeforeUrgentWalkIns() {
        fixture.given(walkIn("t1", 1, Priority.URGENT), booking("K7M2QX", 2, LocalTime.of(10, 0)))
                .when(next(DATE.atTime(10, 1)))
                .expectResultMessagePayload("K7M2QX");
    }

    @Test
    void aCheckedInBookingWhoseTimeHasNotComeWaitsBehindWalkIns() {
        fixture.given(booking("K7M2QX", 1, LocalTime.of(11, 0)), walkIn("t1", 2, Priority.ROUTINE))
                .when(next(DATE.atTime(10, 1)))
                .expectResultMessagePayload("t1");
    }

    @Test
    void aChangedPriorityChangesTheOrder() {
        fixture.given(walkIn("t1", 1, Priority.SOON), walkIn("t2", 2, Priority.ROUTINE),
                        new PriorityChangedEvent(QUEUE, "t2", Priority.URGENT, "PEP", AT))
                .when(next(AT))
                .expectResultMessagePayload("t2");
    }

    @Test
    void aReturnedTicketGoesBackToItsOldPlace() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE), walkIn("t2", 2, Priority.ROUTINE), called("t1", AT),
                        new TicketReturnedEvent(QUEUE, "t1", AT))
                .when(next(AT))
                .expectResultMessagePayload("t1");
    }

    @Test
    void nobodyIsCalledTwice() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE), called("t1", AT))
                .when(next(AT))
                .expectException(Matchers.predicate(e -> refusedFor(e, QueueRefusal.Reason.NOBODY_WAITING)))
                .expectNoEvents();
    }

    @Test
    void aTicketThatLeftCannotBeCalled() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE), new TicketLeftEvent(QUEUE, "t1", AT))
                .when(new CallTicketCommand(QUEUE, "t1", "Room 2", null, AT))
                .expectException(Matchers.predicate(e -> refusedFor(e, QueueRefusal.Reason.TICKET_CLOSED)))
                .expectNoEvents();
    }

    @Test
    void anUnknownTicketIsNotFound() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE))
                .when(new MarkTicketSeenCommand(QUEUE, "nope", AT))
                .expectException(Matchers.predicate(e -> refusedFor(e, QueueRefusal.Reason.TICKET_NOT_FOUND)))
                .expectNoEvents();
    }

    @Test
    void aBookingJoinsTheQueueOnce() {
        fixture.given(booking("K7M2QX", 1, LocalTime.of(10, 0)))
                .when(new QueueBookedArrivalCommand(QUEUE, new Service("sexual-health"), 1, DATE, "K7M2QX", LocalTime.of(10, 0),
                        AT))
                .expectNoEvents();
    }

    @Test
    void callingAgainToTheSameRoomIsADoubleTap() {
        fixture.given(walkIn("t1", 1, Priority.ROUTINE), called("t1", AT))
                .when(new CallTicketCommand(QUEUE, "t1", "Room 1", null, AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void callNumbersOfTheServicesDifferOnADay() {
        // up to 23 services (the letters there are) get different letters, on any day
        for (LocalDate day = DATE; day.isBefore(DATE.plusDays(30)); day = day.plusDays(1)) {
            LocalDate d = day;
            org.assertj.core.api.Assertions.assertThat(java.util.stream.IntStream.rangeClosed(1, 23)
                    .mapToObj(n -> CallNumbers.of(n, d, 1)).distinct().count()).isEqualTo(23);
        }
    }
}
