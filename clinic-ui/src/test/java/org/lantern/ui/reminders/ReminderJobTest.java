package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderMessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTime;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

@LanternIntegrationTest
class ReminderJobTest {

    @Autowired Api api;
    @Autowired ReminderJob reminders;
    @Autowired RecordingReminderSender sender;
    @Autowired TestClock clock;
    @Autowired CentreTime time;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void remindsTheDayBeforeAndTwoHoursBeforeDiscreetlyAndNeverACancelledOrErasedBooking() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "10:00", "10:30", 30, 4);
        String start = (String) api.availability("police-clinic", date, date).get(0).get("start");
        String discreet = book(session, start, "Marigold Tansy", "+447700900777", false, "es").get("reference");
        book(session, start, "Bryony Yarrow", "bryony.yarrow@example.org", true, "en");
        Map<String, String> cancelled = book(session, start, "Clary Sage", "+447700900888", false, "en");
        String erased = book(session, start, "Vetiver Oak", "+447700900999", false, "en").get("reference");
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", erased).exchange().expectStatus().isOk();
        api.client().delete().uri("/api/v1/bookings/{r}", cancelled.get("reference"))
                .header("Booking-Secret", cancelled.get("secret")).exchange().expectStatus().isNoContent();

        before(date, Duration.ofHours(23));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(sentTo("+447700900777")).singleElement().satisfies(text -> {
            assertThat(text).startsWith("Recordatorio").contains(discreet).doesNotContain("Marigold", "Lantern",
                    "policía", "police", "confidencial");
        });
        assertThat(sentTo("bryony.yarrow@example.org")).singleElement()
                .satisfies(text -> assertThat(text).contains("Lantern", "confidential talk").doesNotContain("Bryony"));
        assertThat(sentTo("+447700900888")).as("cancelled").isEmpty();
        assertThat(sentTo("+447700900999")).as("erased").isEmpty();

        before(date, Duration.ofMinutes(90));
        assertThat(reminders.sendDue()).isGreaterThanOrEqualTo(2);
        assertThat(sentTo("+447700900777")).hasSize(2);
        assertThat(sentTo("+447700900888")).isEmpty();
        assertThat(sentTo("+447700900999")).isEmpty();
    }

    /** A booking moved after its day-before reminder gets a day-before reminder of its new time. */
    @Test
    void aMovedBookingIsRemindedOfItsNewTime() {
        LocalDate date = Api.freshDate();
        LocalDate later = Api.freshDate();
        String session = api.schedule("counselling", date, "10:00", "10:50", 50, 1);
        api.schedule("counselling", later, "10:00", "10:50", 50, 1);
        Map<String, String> booked = book(session, (String) api.availability("counselling", date, date).get(0)
                .get("start"), "Mover Ash", "+447700901301", false, "en");
        before(date, Duration.ofHours(20));
        reminders.sendDue();
        assertThat(sentTo("+447700901301")).hasSize(1);

        api.client().post().uri("/api/v1/bookings/{r}/move", booked.get("reference"))
                .header("Booking-Secret", booked.get("secret")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", api.availability("counselling", later, later).get(0).get("start")))
                .exchange().expectStatus().isOk();
        before(later, Duration.ofHours(20));
        reminders.sendDue();
        assertThat(sentTo("+447700901301")).hasSize(2);
        reminders.sendDue();
        assertThat(sentTo("+447700901301")).hasSize(2);
    }

    /** Sets the clock to this long before the 10:00 slot on the centre's wall clock. */
    private void before(LocalDate date, Duration before) {
        clock.set(ZonedDateTime.of(date, LocalTime.of(10, 0), time.zone()).minus(before).toInstant());
    }

    private List<String> sentTo(String contact) {
        return sender.recorded().stream().filter(m -> m.to().value().equals(contact)).map(ReminderMessage::text)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> book(String session, String start, String pseudonym, String contact, boolean mayName,
                        String language) {
        Map<String, String> booked = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", pseudonym, "contact", contact,
                        "remindersMayNameService", mayName, "consent", true))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return booked;
    }
}
