package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.nightcentre.NightDeadlines;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTime;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.lantern.ui.TestClock;
import org.lantern.ui.reminders.RecordingReminderSender;
import org.lantern.ui.reminders.ReminderJob;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The main flows with distinctive personal values, while every log line of every logger is captured. */
@LanternIntegrationTest
class NothingPersonalLeaksTest {

    private static final String PSEUDONYM = "Zephyrine Quillfeather";
    private static final String EMAIL = "zephyrine.quillfeather@example.org";
    private static final String PHONE = "+447700900314";
    private static final String PAGE_PSEUDONYM = "Anwen Thistledown";
    private static final String PAGE_PHONE = "+447700900271";
    private static final List<String> PERSONAL = List.of(PSEUDONYM, "Zephyrine", "Quillfeather", EMAIL, PHONE,
            "7700900314", PAGE_PSEUDONYM, "Thistledown", PAGE_PHONE, "7700900271");

    @Autowired Api api;
    @Autowired TestClock clock;
    @Autowired CentreTime time;
    @Autowired ReminderJob reminders;
    @Autowired RetentionJob retention;
    @Autowired RecordingReminderSender sender;
    @Autowired PrivacyProperties properties;
    @Autowired NightDeadlines nightDeadlines;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger lantern = (Logger) LoggerFactory.getLogger("org.lantern");
    private Level lanternLevel;

    @BeforeEach
    void capture() {
        captured.start();
        root.addAppender(captured);
        lanternLevel = lantern.getLevel();
        lantern.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        lantern.setLevel(lanternLevel);
        clock.reset();
    }

    @Test
    void noLogLineUrlOrPageTitleHoldsAPersonalValue() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "11:00", 30, 2);
        String start = PrivacyFixtures.firstSlot(api, "sexual-health", date);
        List<String> exposed = new ArrayList<>();

        // book on the API, with a retry, and with a contact that is refused
        api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", PSEUDONYM, "contact", "no@pe"))
                .exchange().expectStatus().isBadRequest();
        var email = PrivacyFixtures.book(api, session, start, PSEUDONYM, EMAIL, true);
        String key = Api.key();
        for (int i = 0; i < 2; i++) {
            exposed.add(api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", key)
                    .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", PSEUDONYM, "contact", PHONE))
                    .exchange().expectStatus().isCreated().returnResult(String.class).getResponseHeaders()
                    .getLocation().toString());
        }
        api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", PSEUDONYM))
                .exchange().expectStatus().isEqualTo(409);

        // book, look up and see one's data on the pages
        PageSession browser = new PageSession(api.client());
        exposed.add(title(browser.get("/book/slot?session=" + session + "&start=10:30")));
        exposed.add(title(browser.post("/book", Map.of("session", session, "start", "10:30",
                "pseudonym", PAGE_PSEUDONYM, "contact", "not a contact"), HttpStatus.BAD_REQUEST)));
        browser.post("/book", Map.of("session", session, "start", "10:30",
                "pseudonym", PAGE_PSEUDONYM, "contact", PAGE_PHONE, "idempotencyKey", Api.key()), HttpStatus.SEE_OTHER);
        String booked = browser.get("/book/done");
        assertThat(booked).contains("id=\"secret\"").doesNotContain(PAGE_PSEUDONYM);
        exposed.add(title(browser.post("/book", Map.of("session", session, "start", "10:00",
                "pseudonym", PAGE_PSEUDONYM, "contact", PAGE_PHONE), HttpStatus.CONFLICT)));
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", email.reference())
                .header("Booking-Secret", email.secret()).exchange().expectStatus().isOk();
        browser.get("/my-booking");
        Map<String, String> codes = Map.of("reference", email.reference(), "secret", email.secret());
        exposed.add(title(browser.post("/my-booking", codes, HttpStatus.OK)));
        exposed.add(title(browser.post("/my-booking/data", codes, HttpStatus.OK)));
        exposed.add(title(browser.post("/my-booking/forget", codes, HttpStatus.OK)));
        api.admin().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk();

        // reminders, then erasure by the person, by a manager and by retention
        clock.set(ZonedDateTime.of(date, LocalTime.of(10, 0), time.zone()).minusHours(20).toInstant());
        reminders.sendDue();
        assertThat(sender.recorded()).anyMatch(m -> m.to().value().equals(EMAIL));
        clock.reset();
        exposed.add(title(browser.post("/my-booking/forget/confirm", codes, HttpStatus.OK)));
        String phoneReference = exposed.get(0).substring(exposed.get(0).lastIndexOf('/') + 1);
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", phoneReference).exchange().expectStatus().isOk();
        clock.set(ZonedDateTime.of(date, LocalTime.of(11, 0), time.zone()).plus(properties.retention())
                .plus(Duration.ofMinutes(1)).toInstant());
        retention.eraseExpired();

        assertNoLogLineHoldsAny(PERSONAL);
        for (String urlOrTitle : exposed) {
            for (String value : PERSONAL) {
                assertThat(urlOrTitle).doesNotContain(value);
            }
        }
    }

    /** The night centre: a parent books childcare and a rest place, is refused, waits, is offered, checked in and out. */
    @Test
    void noLogLineOrUrlOfTheNightCentreHoldsAPseudonymOrAChildsName() {
        List<String> personal = List.of("Marisol Everdeen", "Everdeen", "Oisin Larkspur", "Larkspur", "Aunt Bellamy");
        LocalDate date = Api.freshDate();
        clock.set(ZonedDateTime.of(date, LocalTime.of(15, 0), time.zone()).toInstant());
        api.planNight(date, 1);
        api.createStaff("leaks-night-" + date.getDayOfYear(), "leaks night password", "NIGHT_STAFF");
        api.createStaff("leaks-night2-" + date.getDayOfYear(), "leaks night password", "NIGHT_STAFF");
        api.admin().put().uri("/api/v1/nights/{d}/roster", date).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("childcareStaff", List.of("leaks-night-" + date.getDayOfYear(),
                        "leaks-night2-" + date.getDayOfYear()))).exchange().expectStatus().isOk();
        List<String> exposed = new ArrayList<>();
        var child = Map.of("name", "Oisin Larkspur", "ageBand", "two");
        var booked = api.bookNight(date, "childcare", "Marisol Everdeen", "children", List.of(child))
                .expectStatus().isCreated().returnResult(Map.class);
        exposed.add(booked.getResponseHeaders().getLocation().toString());
        String reference = (String) booked.getResponseBody().blockFirst().get("reference");
        api.bookNight(date, "childcare", "Marisol Everdeen", "children",
                List.of(Map.of("name", "Oisin Larkspur", "ageBand", "teen"))).expectStatus().isBadRequest();
        api.bookNight(date, "rest", "Marisol Everdeen").expectStatus().isCreated();
        api.bookNight(date, "rest", "Marisol Everdeen").expectStatus().isEqualTo(409);
        api.bookNight(date, "rest", "Marisol Everdeen", "waitlist", true).expectStatus().isAccepted();
        api.admin().post().uri("/api/v1/night-bookings/{r}/check-in", reference).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("child", 1)).exchange().expectStatus().isOk();
        api.admin().post().uri("/api/v1/night-bookings/{r}/check-out", reference).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("child", 1, "collectedBy", "Aunt Bellamy")).exchange().expectStatus().isOk();
        api.admin().get().uri("/api/v1/night-board").exchange().expectStatus().isOk();
        nightDeadlines.sweep();

        assertNoLogLineHoldsAny(personal);
        for (String url : exposed) {
            for (String value : personal) {
                assertThat(url).doesNotContain(value);
            }
        }
    }

    /** A person's needs, on the API and the pages, refused and accepted, shown to staff, downloaded and erased. */
    @Test
    void noLogLineUrlOrPageTitleHoldsAPersonsNeeds() {
        List<String> personal = List.of("Kestrelwood ramp", "Kestrelwood", "Volapük", "Sundew Marchetti");
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "18:00", 30, 2);
        List<String> exposed = new ArrayList<>();
        api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", session, "start", PrivacyFixtures.firstSlot(api, "police-clinic", date),
                        "pseudonym", "Sundew Marchetti", "needs", Map.of("access", "Kestrelwood ramp ".repeat(20))))
                .exchange().expectStatus().isBadRequest();
        var booked = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", session, "start", PrivacyFixtures.firstSlot(api, "police-clinic", date),
                        "pseudonym", "Sundew Marchetti", "consent", true,
                        "needs", Map.of("interpreter", "Volapük", "access", "Kestrelwood ramp")))
                .exchange().expectStatus().isCreated().returnResult(Map.class);
        exposed.add(booked.getResponseHeaders().getLocation().toString());
        Map<?, ?> codes = booked.getResponseBody().blockFirst();
        PageSession browser = new PageSession(api.client());
        exposed.add(title(browser.get("/book/slot?session=" + session + "&start=17:30&consent=true")));
        browser.post("/book", Map.of("session", session, "start", "17:30", "consent", "true",
                "pseudonym", "Sundew Marchetti", "interpreter", "Volapük", "accessText", "Kestrelwood ramp",
                "idempotencyKey", Api.key()), HttpStatus.SEE_OTHER);
        exposed.add(title(browser.get("/book/done")));
        api.admin().get().uri("/api/v1/day-list?date={d}&service=police-clinic", date).exchange().expectStatus().isOk();
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", codes.get("reference"))
                .header("Booking-Secret", (String) codes.get("secret")).exchange().expectStatus().isOk();
        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", codes.get("reference"))
                .header("Booking-Secret", (String) codes.get("secret")).exchange().expectStatus().isNoContent();

        assertNoLogLineHoldsAny(personal);
        for (String urlOrTitle : exposed) {
            for (String value : personal) {
                assertThat(urlOrTitle).doesNotContain(value);
            }
        }
    }

    /** Reception's desk and night staff's door: book, refuse, look up, cancel; every redirect and title too. */
    @Test
    void noLogLineUrlOrTitleOfTheDeskOrTheDoorHoldsAPersonalValue() {
        List<String> personal = List.of("Rosalind Featherstonehaugh", "Featherstonehaugh", "Tamsin Oakenshield",
                "Oakenshield", "Pipkin Ravenscroft", "Ravenscroft");
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "10:30", 30, 1);
        clock.set(ZonedDateTime.of(date, LocalTime.of(8, 0), time.zone()).toInstant());
        api.planNight(date, 1);
        api.createStaff("leaks-door-" + date.getDayOfYear(), "leaks door password", "NIGHT_STAFF");
        api.createStaff("leaks-door2-" + date.getDayOfYear(), "leaks door password", "NIGHT_STAFF");
        api.createStaff("leaks-desk-" + date.getDayOfYear(), "leaks desk password", "RECEPTION", "NIGHT_STAFF");
        api.admin().put().uri("/api/v1/nights/{d}/roster", date).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("childcareStaff", List.of("leaks-door-" + date.getDayOfYear(),
                        "leaks-door2-" + date.getDayOfYear()))).exchange().expectStatus().isOk();
        org.lantern.ui.Browser staff = api.browser();
        staff.signIn("leaks-desk-" + date.getDayOfYear(), "leaks desk password");
        List<String> exposed = new ArrayList<>();

        staff.get("/staff/desk");
        var booked = staff.post("/staff/desk/book", Map.of("slot", session + "@10:00",
                "pseudonym", "Rosalind Featherstonehaugh", "contact", "+447700900999"));
        exposed.add(booked.getResponseHeaders().getLocation().toString());
        String receipt = staff.get("/staff/desk/booked").getResponseBody();
        exposed.add(title(receipt));
        String reference = receipt.replaceAll("(?s).*id=\"reference\" class=\"code\">([A-Z0-9]+)<.*", "$1");
        exposed.add(title(staff.post("/staff/desk/book", Map.of("slot", session + "@10:00",
                "pseudonym", "Tamsin Oakenshield")).getResponseBody()));
        exposed.add(title(staff.get("/staff/desk/booking?reference=" + reference).getResponseBody()));
        exposed.add(title(staff.get("/staff/desk/booking/cancel?reference=" + reference).getResponseBody()));
        exposed.add(staff.post("/staff/desk/booking/cancel", Map.of("reference", reference)).getResponseHeaders()
                .getLocation().toString());

        staff.get("/staff/night/door");
        exposed.add(staff.post("/staff/night/door", Map.of("date", date.toString(), "kind", "childcare",
                "pseudonym", "Tamsin Oakenshield", "child1", "Pipkin Ravenscroft", "band1", "two",
                "idempotencyKey", Api.key())).getResponseHeaders().getLocation().toString());
        exposed.add(title(staff.get("/staff/night/door/booked").getResponseBody()));
        exposed.add(title(staff.post("/staff/night/door", Map.of("date", date.toString(), "kind", "childcare",
                "pseudonym", "Tamsin Oakenshield", "child1", "Pipkin Ravenscroft", "band1", "teen",
                "idempotencyKey", Api.key())).getResponseBody()));

        assertNoLogLineHoldsAny(personal);
        for (String urlOrTitle : exposed) {
            for (String value : personal) {
                assertThat(urlOrTitle).doesNotContain(value);
            }
        }
    }

    private void assertNoLogLineHoldsAny(List<String> personal) {
        List<ILoggingEvent> lines;
        synchronized (captured) { // other threads may still be logging: copy under the appender's own lock
            lines = new ArrayList<>(captured.list);
        }
        assertThat(lines).as("log lines were captured").isNotEmpty();
        for (ILoggingEvent event : lines) {
            String line = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String value : personal) {
                assertThat(line).as("a log line of %s", event.getLoggerName()).doesNotContain(value);
            }
        }
    }

    private static String title(String html) {
        int open = html.indexOf("<title>");
        return html.substring(open, html.indexOf("</title>", open));
    }
}
