package org.lantern.ui.rotas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.reminders.ReminderMessage;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.lantern.ui.reminders.RecordingReminderSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A kept weekly pattern changed or cancelled from a date on: the sessions before the date keep their bookings; the
 * sessions the pattern no longer has are called off (or moved, when their date stays at other times) and each person
 * booked is told with a reminder's discretion; bad input changes nothing; a change and the bookings racing it never
 * leave a place half given.
 */
@LanternIntegrationTest
class RotaChangesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String REASON = "The clinic runs at other times from now on, we are sorry.";
    private static final AtomicInteger WEEKS = new AtomicInteger();
    private static final AtomicInteger CONTACTS = new AtomicInteger(1000);

    @Autowired
    Api api;
    @Autowired
    RecordingReminderSender sender;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPatternChangedFromADateKeepsTheEarlierSessionsAndTheirBookings() {
        LocalDate monday = farMonday();
        Map<String, Object> rota = create(pattern("sexual-health", monday, 3));
        String rotaId = (String) rota.get("rotaId");
        List<Map<String, Object>> made = (List<Map<String, Object>>) rota.get("sessions");
        assertThat(made).hasSize(3);
        Map<String, Object> first = book(id(made, 0), monday.atTime(10, 0), contact(), false);
        Map<String, Object> second = book(id(made, 1), monday.plusWeeks(1).atTime(10, 30), contact(), false);
        String thirdContact = contact();
        Map<String, Object> third = book(id(made, 2), monday.plusWeeks(2).atTime(10, 0), thirdContact, false);

        Map<String, Object> moved = change(rotaId, changeBody(monday.plusWeeks(1), "14:00", "15:00", 2, 2))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(moved).containsEntry("sessionsKept", 0).containsEntry("sessionsMoved", 2)
                .containsEntry("sessionsCancelled", 0).containsEntry("bookingsMoved", 2)
                .containsEntry("peopleTold", 2);
        assertThat((List<?>) moved.get("created")).isEmpty();
        assertBooking(first, "booked", LocalTime.of(10, 0));
        assertBooking(second, "booked", LocalTime.of(14, 30));
        assertBooking(third, "booked", LocalTime.of(14, 0));
        assertThat(textsTo(thirdContact)).singleElement().satisfies(t -> assertThat(t)
                .contains((String) third.get("reference")).doesNotContainIgnoringCase("sexual"));

        Map<String, Object> replaced = change(rotaId, changeBody(monday.plusWeeks(2), "14:00", "15:00", 3, 2))
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(replaced).containsEntry("sessionsCancelled", 1).containsEntry("bookingsCancelled", 1)
                .containsEntry("peopleTold", 1);
        assertThat((List<?>) replaced.get("created")).hasSize(2);
        assertBooking(first, "booked", LocalTime.of(10, 0));
        assertBooking(second, "booked", LocalTime.of(14, 30));
        assertBooking(third, "cancelled", LocalTime.of(14, 0));
        assertThat(textsTo(thirdContact)).hasSize(2).allSatisfy(t -> assertThat(t).doesNotContainIgnoringCase("sexual"));

        Map<String, Object> listed = listed(rotaId);
        assertThat(listed).containsEntry("placesPerSlot", 3).containsEntry("from", monday.plusWeeks(2).toString());
        List<Map<String, Object>> upcoming = (List<Map<String, Object>>) listed.get("sessions");
        assertThat(upcoming).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalDate())
                .containsExactly(monday, monday.plusWeeks(1), monday.plusWeeks(2), monday.plusWeeks(3));
        assertThat(upcoming).extracting(s -> s.get("booked")).containsExactly(1, 1, 0, 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void cancellingFromADateTellsThePeopleBookedWithoutNamingTheService() {
        LocalDate monday = farMonday();
        Map<String, Object> rota = create(pattern("police-clinic", monday, 2));
        String rotaId = (String) rota.get("rotaId");
        List<Map<String, Object>> made = (List<Map<String, Object>>) rota.get("sessions");
        Map<String, Object> before = book(id(made, 0), monday.atTime(10, 0), contact(), false);
        String quiet = contact();
        String open = "rota-open-" + CONTACTS.incrementAndGet() + "@example.org";
        Map<String, Object> discreet = book(id(made, 1), monday.plusWeeks(1).atTime(10, 0), quiet, false);
        Map<String, Object> named = book(id(made, 1), monday.plusWeeks(1).atTime(10, 0), open, true);
        Map<String, Object> unreachable = api.bookedWithConsent(id(made, 1),
                at(monday.plusWeeks(1).atTime(10, 30)), "Rota Nobody");

        Map<String, Object> answer = cancel(rotaId, monday.plusWeeks(1).toString(), REASON).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(answer).containsEntry("sessionsCancelled", 1).containsEntry("bookingsCancelled", 3)
                .containsEntry("peopleTold", 2);
        assertThat(textsTo(quiet)).singleElement().satisfies(t -> assertThat(t)
                .contains((String) discreet.get("reference")).doesNotContainIgnoringCase("police")
                .doesNotContain("Lantern").doesNotContain("Rota Person").doesNotContain("other times"));
        assertThat(textsTo(open)).singleElement().satisfies(t -> assertThat(t).doesNotContain("Rota Person"));
        assertBooking(before, "booked", LocalTime.of(10, 0));
        for (Map<String, Object> gone : List.of(discreet, named, unreachable)) {
            assertBooking(gone, "cancelled", null);
        }
        Map<String, Object> listed = listed(rotaId);
        assertThat(listed).containsEntry("cancelledFrom", monday.plusWeeks(1).toString());
        assertThat((List<?>) listed.get("sessions")).hasSize(1);

        api.createStaff("rota-desk", "rota desk password 1", "RECEPTION");
        Browser desk = api.browser();
        desk.signIn("rota-desk", "rota desk password 1");
        assertThat(desk.get("/staff/untold").getResponseBody()).contains((String) unreachable.get("reference"))
                .doesNotContain((String) discreet.get("reference")).doesNotContain("Rota Nobody");

        change(rotaId, changeBody(monday.plusWeeks(1), "11:00", "12:00", 2, 1)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("error.rota-cancelled");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPatternChangedAcrossTheAutumnClockChangeKeepsItsLocalTimes() {
        ZoneOffsetTransition autumn = nextChange(false);
        LocalDate changeDay = autumn.getInstant().atZone(LONDON).toLocalDate(); // a Sunday
        clock.set(changeDay.minusDays(10).atStartOfDay(LONDON).toInstant());
        Map<String, Object> body = new HashMap<>(pattern("counselling", changeDay.minusDays(7), 2));
        body.put("weekdays", List.of("MONDAY", "SATURDAY"));
        body.put("slotMinutes", 30);
        body.put("placesPerSlot", 1);
        String rotaId = (String) create(body).get("rotaId");

        Map<String, Object> changed = new HashMap<>(changeBody(changeDay.minusDays(6), "11:00", "12:00", 1, 2));
        changed.put("weekdays", List.of("MONDAY", "SATURDAY"));
        change(rotaId, changed).expectStatus().isOk().expectBody().jsonPath("$.sessionsMoved").isEqualTo(4);

        List<Map<String, Object>> sessions = (List<Map<String, Object>>) listed(rotaId).get("sessions");
        assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime())
                .containsOnly(LocalTime.of(11, 0));
        assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).getOffset())
                .containsExactly(autumn.getOffsetBefore(), autumn.getOffsetBefore(), autumn.getOffsetAfter(),
                        autumn.getOffsetAfter());
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputIsRefusedAndChangesNothing() {
        LocalDate monday = farMonday();
        Map<String, Object> rota = create(pattern("sexual-health", monday, 2));
        String rotaId = (String) rota.get("rotaId");
        Map<String, Object> kept = book(id((List<Map<String, Object>>) rota.get("sessions"), 1),
                monday.plusWeeks(1).atTime(10, 0), contact(), false);
        Map<String, Object> before = listed(rotaId);
        Map<String, Object> good = changeBody(monday.plusWeeks(1), "14:00", "15:00", 2, 2);

        assertChangeRefused(rotaId, with(good, "weeks", 13), "error.rota-weeks");
        assertChangeRefused(rotaId, with(good, "weekdays", List.of("FUNDAY")), "error.weekdays");
        assertChangeRefused(rotaId, with(good, "end", "13:00"), "refused.END_NOT_AFTER_START");
        assertChangeRefused(rotaId, with(good, "slotMinutes", 25), "refused.SLOT_LENGTH_DOES_NOT_DIVIDE");
        assertChangeRefused(rotaId, with(good, "from", "next monday"), "error.date");
        assertChangeRefused(rotaId, with(good, "from", today().minusDays(7).toString()),
                "refused.SESSION_IN_PAST");
        assertChangeRefused(rotaId, with(good, "staff", "nobody-of-that-name"), "error.clinician-account");
        assertChangeRefused(rotaId, with(good, "reason", ""), "error.cancel-reason");
        change("r-nosuch22", good).expectStatus().isNotFound().expectBody().jsonPath("$.code")
                .isEqualTo("error.rota-not-found");
        cancel(rotaId, today().minusDays(1).toString(), REASON).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.rota-from-past");
        cancel(rotaId, monday.toString(), "<b>").expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.cancel-reason");
        cancel(rotaId, "soon", REASON).expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.date");

        assertThat(listed(rotaId)).isEqualTo(before);
        assertBooking(kept, "booked", LocalTime.of(10, 0));
        assertThat(sender.recorded()).noneMatch(m -> m.text().contains((String) kept.get("reference")));
    }

    /** Two managers change one pattern at once: the changes never interleave, so every date has one session. */
    @Test
    @SuppressWarnings("unchecked")
    void twoChangesOfOnePatternAtOnceNeverMixTheirSessions() throws Exception {
        for (int round = 0; round < 3; round++) {
            LocalDate monday = farMonday();
            String rotaId = (String) create(pattern("counselling", monday, 3)).get("rotaId");
            List<Map<String, Object>> shapes = List.of(changeBody(monday, "12:00", "13:00", 1, 3),
                    changeBody(monday, "15:00", "16:30", 1, 3));
            List<Integer> statuses = race(shapes.size(), i -> change(rotaId, shapes.get(i)).returnResult(byte[].class)
                    .getStatus().value());

            assertThat(statuses).contains(200).allMatch(s -> s == 200 || s == 409);
            List<Map<String, Object>> sessions = (List<Map<String, Object>>) listed(rotaId).get("sessions");
            assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalDate())
                    .containsExactly(monday, monday.plusWeeks(1), monday.plusWeeks(2));
            assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime())
                    .hasSize(3).containsOnly(OffsetDateTime.parse((String) sessions.get(0).get("start")).toLocalTime());
        }
    }

    /**
     * People book while the manager cancels the pattern from a date: each booking is either refused or made and then
     * cancelled and told. None is left holding a place in a session that was called off, none is cancelled untold.
     */
    @Test
    @SuppressWarnings("unchecked")
    void peopleBookingWhileThePatternIsCancelledAreEitherRefusedOrCancelledAndTold() throws Exception {
        LocalDate monday = farMonday();
        Map<String, Object> body = new HashMap<>(pattern("sexual-health", monday, 1));
        body.put("end", "12:00");
        body.put("slotMinutes", 10);
        body.put("placesPerSlot", 1);
        Map<String, Object> rota = create(body);
        String sessionId = id((List<Map<String, Object>>) rota.get("sessions"), 0);
        int people = 8;
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            contacts.add(contact());
        }
        List<Object> answers = race(people + 1, i -> {
            if (i == people) {
                return cancel((String) rota.get("rotaId"), monday.toString(), REASON).expectStatus().isOk()
                        .expectBody(Map.class).returnResult().getResponseBody();
            }
            return bookingAttempt(sessionId, monday.atTime(10, 0).plusMinutes(10L * i), contacts.get(i));
        });

        Map<String, Object> cancelled = (Map<String, Object>) answers.get(people);
        List<Map<String, Object>> booked = answers.subList(0, people).stream().filter(Map.class::isInstance)
                .map(a -> (Map<String, Object>) a).toList();
        assertThat(answers.subList(0, people)).allMatch(a -> a instanceof Map || (Integer) a / 100 == 4);
        assertThat(cancelled).containsEntry("bookingsCancelled", booked.size())
                .containsEntry("peopleTold", booked.size());
        for (Map<String, Object> b : booked) {
            assertBooking(b, "cancelled", null);
        }
        assertThat(contacts).filteredOn(c -> !textsTo(c).isEmpty()).hasSize(booked.size());
        assertThat(api.availability("sexual-health", monday, monday)).noneMatch(s -> sessionId.equals(s.get("sessionId")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRotaPageAsksBeforeItChangesAndSaysKindlyWhatItRefuses() {
        LocalDate monday = farMonday();
        Map<String, Object> rota = create(pattern("sexual-health", monday, 2));
        String rotaId = (String) rota.get("rotaId");
        book(id((List<Map<String, Object>>) rota.get("sessions"), 1), monday.plusWeeks(1).atTime(10, 0), contact(),
                false);
        api.createStaff("rota-page-manager", "rota page manager password 1", "MANAGER");
        Browser manager = api.browser();
        manager.signIn("rota-page-manager", "rota page manager password 1");
        assertThat(manager.get("/staff/rotas").getResponseBody()).contains("/staff/rotas/" + rotaId + "/change/ask");

        Map<String, String> form = Map.of("from", monday.plusWeeks(1).toString(), "weekdays", "MONDAY",
                "start", "14:00", "end", "15:00", "slotMinutes", "30", "placesPerSlot", "2", "staff", "",
                "weeks", "1", "reason", REASON);
        EntityExchangeResult<String> asked = manager.post("/staff/rotas/" + rotaId + "/change/ask", form);
        assertThat(asked.getStatus().value()).isEqualTo(200);
        assertThat(asked.getResponseBody()).contains("id=\"rota-plan\"").contains("/staff/rotas/" + rotaId + "/change\"");
        assertThat(sessionStarts(rotaId)).containsOnly(LocalTime.of(10, 0));

        Map<String, String> wrong = new HashMap<>(form);
        wrong.put("weeks", "40");
        EntityExchangeResult<String> refused = manager.post("/staff/rotas/" + rotaId + "/change/ask", wrong);
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("Please choose between 1 and 12 weeks.").contains("value=\"40\"")
                .doesNotContain("id=\"rota-plan\"");
        EntityExchangeResult<String> gone = manager.post("/staff/rotas/r-nosuch22/cancel/ask",
                Map.of("from", monday.toString(), "reason", REASON));
        assertThat(gone.getStatus().value()).isEqualTo(404);
        assertThat(gone.getResponseBody()).contains("We could not find that weekly pattern.");

        EntityExchangeResult<String> done = manager.post("/staff/rotas/" + rotaId + "/change", form);
        assertThat(done.getStatus().value()).isEqualTo(303);
        assertThat(sessionStarts(rotaId)).containsExactly(LocalTime.of(10, 0), LocalTime.of(14, 0));
        String page = manager.get(done.getResponseHeaders().getLocation().toString()).getResponseBody();
        assertThat(page).contains("id=\"rota-done\"").contains("Pattern changed: 0 sessions kept as they were, 1 moved");
    }

    // --- helpers

    /**
     * A Monday years ahead that no other test uses (a weekly pattern reaches dates freshDate() hands out), with the
     * clock moved to the Friday before it, since sessions are set up at most a year ahead.
     */
    private LocalDate farMonday() {
        LocalDate monday = LocalDate.now(LONDON).plusDays(1100 + 35L * WEEKS.getAndIncrement())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        clock.set(monday.minusDays(3).atStartOfDay(LONDON).toInstant());
        return monday;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    private static Map<String, Object> pattern(String service, LocalDate from, int weeks) {
        return Map.of("service", service, "weekdays", List.of(from.getDayOfWeek().name()), "start", "10:00",
                "end", "11:00", "slotMinutes", 30, "placesPerSlot", 2, "from", from.toString(), "weeks", weeks);
    }

    private static Map<String, Object> changeBody(LocalDate from, String start, String end, int places, int weeks) {
        return Map.of("from", from.toString(), "weekdays", List.of("MONDAY"), "start", start, "end", end,
                "slotMinutes", 30, "placesPerSlot", places, "weeks", weeks, "reason", REASON);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> create(Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/rotas").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec change(String rotaId, Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/rotas/{r}/change", rotaId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec cancel(String rotaId, String from, String reason) {
        return api.admin().post().uri("/api/v1/rotas/{r}/cancel", rotaId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("from", from, "reason", reason)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listed(String rotaId) {
        List<Map<String, Object>> all = api.admin().get().uri("/api/v1/rotas").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream().map(m -> (Map<String, Object>) m)
                .toList();
        return all.stream().filter(r -> rotaId.equals(r.get("rotaId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<LocalTime> sessionStarts(String rotaId) {
        return ((List<Map<String, Object>>) listed(rotaId).get("sessions")).stream()
                .map(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime()).toList();
    }

    private static String id(List<Map<String, Object>> sessions, int i) {
        return (String) sessions.get(i).get("sessionId");
    }

    private static String contact() {
        return "+4477009" + String.format("%05d", CONTACTS.incrementAndGet());
    }

    private String at(java.time.LocalDateTime start) {
        return OffsetDateTime.of(start, LONDON.getRules().getOffset(start)).toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> book(String sessionId, java.time.LocalDateTime start, String contact,
                                     boolean mayName) {
        return api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", at(start), "pseudonym", "Rota Person",
                        "contact", contact, "remindersMayNameService", mayName, "consent", true))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A booking, or the status it was refused with. */
    @SuppressWarnings("unchecked")
    private Object bookingAttempt(String sessionId, java.time.LocalDateTime start, String contact) {
        var result = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", at(start), "pseudonym", "Rota Racer",
                        "contact", contact))
                .exchange().expectBody(Map.class).returnResult();
        return result.getStatus().value() == 201 ? result.getResponseBody() : result.getStatus().value();
    }

    private void assertBooking(Map<String, Object> booking, String status, LocalTime start) {
        var body = api.client().get().uri("/api/v1/bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody();
        body.jsonPath("$.status").isEqualTo(status);
        if (start != null) {
            body.jsonPath("$.start").value(s -> assertThat(OffsetDateTime.parse((String) s).toLocalTime())
                    .isEqualTo(start));
        }
    }

    private List<String> textsTo(String contact) {
        return sender.recorded().stream().filter(m -> m.to().value().equals(contact)).map(ReminderMessage::text)
                .toList();
    }

    private void assertChangeRefused(String rotaId, Map<String, Object> body, String key) {
        change(rotaId, body).expectStatus().isBadRequest().expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody().jsonPath("$.code").isEqualTo(key);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(key, value);
        return changed;
    }

    /** Starts every call at once from its own thread and gathers the answers in order. */
    private static <T> List<T> race(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int which = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(which);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The next clock change of that kind beyond every date the other tests use (spring: a gap; autumn: not). */
    private static ZoneOffsetTransition nextChange(boolean spring) {
        ZoneOffsetTransition t = LONDON.getRules().nextTransition(Instant.now().plus(Duration.ofDays(1900)));
        while (t.isGap() != spring) {
            t = LONDON.getRules().nextTransition(t.getInstant());
        }
        return t;
    }
}
