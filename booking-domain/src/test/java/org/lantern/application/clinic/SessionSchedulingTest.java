package org.lantern.application.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.diary.ClinicianTimeReleasedEvent;
import org.lantern.domain.diary.ClinicianTimeReservedEvent;
import org.lantern.domain.diary.DiaryRefusal;
import org.lantern.domain.diary.ReleaseClinicianTimeCommand;
import org.lantern.domain.diary.ReserveClinicianTimeCommand;
import org.lantern.domain.session.ScheduleSessionCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * Two aggregates, no transaction: the clinician's time is reserved first, the session created second, and a
 * failed second step releases the first, so no reservation is left for a session that does not exist.
 */
class SessionSchedulingTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final CentreClock CLOCK = new CentreClock() {
        @Override
        public LocalDateTime now() {
            return LocalDateTime.of(2026, 11, 21, 12, 0);
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-11-21T12:00:00Z");
        }
    };

    /** Commands as the aggregates would take them: diaries kept in memory, sessions failing on demand. */
    static class FakeCommands implements Commands {
        final List<Object> sent = new ArrayList<>();
        final Map<String, Map<String, LocalTime[]>> diaries = new HashMap<>();
        RuntimeException sessionFails;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T send(Object command) {
            sent.add(command);
            if (command instanceof ReserveClinicianTimeCommand r) {
                Map<String, LocalTime[]> diary = diaries.computeIfAbsent(r.diaryId(), d -> new HashMap<>());
                if (diary.values().stream().anyMatch(t -> t[0].isBefore(r.end()) && r.start().isBefore(t[1]))) {
                    throw new DiaryRefusal(DiaryRefusal.Reason.CLINICIAN_OVERLAP);
                }
                diary.put(r.sessionId(), new LocalTime[] {r.start(), r.end()});
            } else if (command instanceof ReleaseClinicianTimeCommand r) {
                diaries.getOrDefault(r.diaryId(), new HashMap<>()).remove(r.sessionId());
            } else if (command instanceof ScheduleSessionCommand && sessionFails != null) {
                throw sessionFails;
            }
            return null;
        }
    }

    final FakeCommands commands = new FakeCommands();
    final SessionRecords sessions = id -> Optional.empty();
    final SessionScheduling scheduling = new SessionScheduling(commands, sessions,
            new ReadYourWrite(new BookingSettings(java.time.Duration.ZERO, null, null, null, null)),
            new BookingCodes(), CLOCK, username -> username.equals("sam"), org.lantern.testing.TestCatalogue.seeded());

    @Test
    void reservesTheClinicianThenCreatesTheSession() {
        String id = scheduling.schedule("sexual-health", DATE, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 2, " Sam ");

        assertThat(commands.sent).hasSize(2);
        assertThat(commands.sent.get(0)).isInstanceOfSatisfying(ReserveClinicianTimeCommand.class,
                r -> assertThat(r.sessionId()).isEqualTo(id));
        assertThat(commands.sent.get(1)).isInstanceOfSatisfying(ScheduleSessionCommand.class,
                s -> assertThat(s.clinician()).isEqualTo("sam"));
    }

    @Test
    void aSessionThatCannotBeCreatedLeavesNoReservationBehind() {
        commands.sessionFails = new SessionRefusal(SessionRefusal.Reason.SESSION_EXISTS);

        assertThatThrownBy(() -> scheduling.schedule("sexual-health", DATE, LocalTime.of(10, 0), LocalTime.of(12, 0),
                30, 2, "Sam")).isInstanceOf(SessionRefusal.class);

        assertThat(commands.sent.get(commands.sent.size() - 1)).isInstanceOf(ReleaseClinicianTimeCommand.class);
        assertThat(commands.diaries.values()).allSatisfy(diary -> assertThat(diary).isEmpty());
        commands.sessionFails = null;
        scheduling.schedule("counselling", DATE, LocalTime.of(10, 0), LocalTime.of(11, 0), 30, 1, "Sam");
    }

    @Test
    void aSessionSetUpAgainUnderTheIdItWasGivenKeepsItsReservation() {
        commands.sessionFails = new SessionRefusal(SessionRefusal.Reason.SESSION_EXISTS);

        assertThatThrownBy(() -> scheduling.scheduleAs("2026-12-01~c1000abcdefg", "counselling", DATE,
                LocalTime.of(10, 0), LocalTime.of(10, 50), 50, 1, "Sam")).isInstanceOf(SessionRefusal.class);

        assertThat(commands.sent).noneMatch(ReleaseClinicianTimeCommand.class::isInstance);
    }

    @Test
    void anOverlapOnAnyServiceCreatesNoSession() {
        scheduling.schedule("sexual-health", DATE, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 2, "Sam");

        assertThatThrownBy(() -> scheduling.schedule("police-clinic", DATE, LocalTime.of(11, 0), LocalTime.of(12, 0),
                30, 1, "sam")).isInstanceOf(DiaryRefusal.class);
        assertThat(commands.sent).filteredOn(ScheduleSessionCommand.class::isInstance).hasSize(1);
    }

    @Test
    void aSessionWithoutAClinicianTouchesNoDiary() {
        scheduling.schedule("sexual-health", DATE, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 2, "  ");

        assertThat(commands.sent).singleElement().isInstanceOf(ScheduleSessionCommand.class);
    }

    @Test
    void aClinicianWhoIsNoStaffAccountIsRefusedAndNothingIsSent() {
        assertThatThrownBy(() -> scheduling.schedule("sexual-health", DATE, LocalTime.of(10, 0), LocalTime.of(12, 0),
                30, 2, "Dr Nobody")).isInstanceOfSatisfying(org.lantern.application.booking.InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("error.clinician-account"));
        assertThat(commands.sent).isEmpty();
    }

    /** The release is a real command on the real diary: the time is free again afterwards. */
    @Test
    void theDiaryAcceptsTheTimeAgainAfterARelease() {
        String diary = "diary~2026-12-01~sam";
        new AggregateTestFixture<>(org.lantern.domain.diary.ClinicianDiary.class)
                .given(new ClinicianTimeReservedEvent(diary, "sam", DATE, "s1", LocalTime.of(10, 0), LocalTime.of(12, 0)),
                        new ClinicianTimeReleasedEvent(diary, "s1"))
                .when(new ReserveClinicianTimeCommand(diary, "sam", DATE, "s2", LocalTime.of(10, 0), LocalTime.of(12, 0)))
                .expectSuccessfulHandlerExecution();
    }
}
