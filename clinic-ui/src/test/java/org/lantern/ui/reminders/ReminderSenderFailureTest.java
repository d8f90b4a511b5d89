package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderSender;
import org.lantern.application.reminders.ReminderMessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTime;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;

/** A provider that fails for one person does not stop the others' reminders, nor send the failed one twice. */
@LanternIntegrationTest
@Import(ReminderSenderFailureTest.FailsForOneContact.class)
class ReminderSenderFailureTest {

    static final String UNREACHABLE = "+447700900111";

    @TestConfiguration(proxyBeanMethods = false)
    static class FailsForOneContact {

        @Bean
        @Primary
        ReminderSender failingSender() {
            return new FlakySender();
        }
    }

    static class FlakySender implements ReminderSender {

        final List<String> delivered = new CopyOnWriteArrayList<>();
        int failures;

        @Override
        public void send(ReminderMessage message) {
            if (message.to().value().equals(UNREACHABLE)) {
                failures++;
                throw new IllegalStateException("provider refused");
            }
            delivered.add(message.to().value());
        }
    }

    @Autowired Api api;
    @Autowired ReminderJob reminders;
    @Autowired ReminderSender sender;
    @Autowired TestClock clock;
    @Autowired CentreTime time;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneFailedSendLeavesTheOthersGoingOutAndIsNotRepeated() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "10:30", 30, 3);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        for (String contact : List.of("+447700900110", UNREACHABLE, "+447700900112")) {
            api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", "Reminded", "contact", contact))
                    .exchange().expectStatus().isCreated();
        }
        clock.set(ZonedDateTime.of(date, LocalTime.of(10, 0), time.zone()).minusHours(23).toInstant());

        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(reminders.sendDue()).isZero();

        FlakySender flaky = (FlakySender) sender;
        assertThat(flaky.delivered).containsExactlyInAnyOrder("+447700900110", "+447700900112");
        assertThat(flaky.failures).isEqualTo(1);
    }
}
