package org.lantern.projections.statistics;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.application.statistics.StatisticsRecords;
import org.lantern.domain.booking.BookingStatus;

/**
 * The funders' figures, kept as one small document per thing counted (a booking, a walk-in, a plain visit, a night
 * place used), each holding only its month, service and outcome: no reference to a person, no pseudonym, no
 * contact. A document's key is derived from the event (a booking's key is a hash of its reference), so an event
 * applied twice changes nothing, and the collection can be dropped and rebuilt from events.
 */
public class StatisticsReadModel implements StatisticsRecords {

    public static final String RECORDS = "funder_statistics";

    private static final String BOOKING = "booking";
    private static final String WALK_IN = "walk-in";
    private static final String VISIT = "visit";
    private static final String NIGHT = "night";
    private static final String SESSION = "session";

    private final MongoCollection<Document> records;

    public StatisticsReadModel(MongoDatabase database) {
        this.records = database.getCollection(RECORDS);
    }

    void booked(String key, String sessionId, String service, LocalDate date, String language, long sequence) {
        records.updateOne(eq("_id", key), Updates.combine(
                Updates.setOnInsert("kind", BOOKING), Updates.setOnInsert("service", service),
                Updates.setOnInsert("sessionId", sessionId), Updates.setOnInsert("date", date.toString()),
                Updates.setOnInsert("month", YearMonth.from(date).toString()),
                Updates.setOnInsert("status", BookingStatus.BOOKED.code()),
                Updates.setOnInsert("language", language), Updates.setOnInsert("seq", sequence)),
                new UpdateOptions().upsert(true));
    }

    /** A booking's outcome; {@code cancelledBy} is "person" or "centre" for a cancellation, null otherwise. */
    void outcome(String key, String sessionId, BookingStatus status, String cancelledBy, long sequence) {
        records.updateOne(guard(key, sessionId, sequence), Updates.combine(Updates.set("status", status.code()),
                Updates.set("cancelledBy", cancelledBy), Updates.set("seq", sequence)));
    }

    /** A booking moved to another session: its month follows the new date. */
    void moved(String key, String sessionId, String toSessionId, LocalDate toDate, long sequence) {
        boolean away = !sessionId.equals(toSessionId);
        records.updateOne(guard(key, sessionId, sequence), Updates.combine(Updates.set("sessionId", toSessionId),
                Updates.set("date", toDate.toString()), Updates.set("month", YearMonth.from(toDate).toString()),
                Updates.set("seq", away ? -1L : sequence)));
    }

    /** Where a session is: its bookings are counted at its site (read when the figures are asked for). */
    void session(String sessionId, String site) {
        records.updateOne(eq("_id", "s:" + sessionId), Updates.combine(Updates.setOnInsert("kind", SESSION),
                Updates.set("site", site)), new UpdateOptions().upsert(true));
    }

    void walkIn(String ticketId, String service, LocalDateTime arrivedAt) {
        records.updateOne(eq("_id", "w:" + ticketId), Updates.combine(
                Updates.setOnInsert("kind", WALK_IN), Updates.setOnInsert("service", service),
                Updates.setOnInsert("date", arrivedAt.toLocalDate().toString()),
                Updates.setOnInsert("month", YearMonth.from(arrivedAt).toString()),
                Updates.setOnInsert("arrivedAt", arrivedAt.toString())), new UpdateOptions().upsert(true));
    }

    /** The first call only: a ticket sent back and called again waited until its first call. */
    void called(String ticketId, LocalDateTime calledAt) {
        Document walkIn = records.find(and(eq("_id", "w:" + ticketId), exists("waitedMinutes", false))).first();
        if (walkIn != null) {
            long waited = Math.max(0, Duration.between(LocalDateTime.parse(walkIn.getString("arrivedAt")), calledAt)
                    .toMinutes());
            records.updateOne(and(eq("_id", "w:" + ticketId), exists("waitedMinutes", false)),
                    Updates.set("waitedMinutes", waited));
        }
    }

    void visit(LocalDate date, int number, String reason) {
        records.updateOne(eq("_id", "v:" + date + ":" + number), Updates.combine(
                Updates.setOnInsert("kind", VISIT), Updates.setOnInsert("reason", reason),
                Updates.setOnInsert("date", date.toString()),
                Updates.setOnInsert("month", YearMonth.from(date).toString())), new UpdateOptions().upsert(true));
    }

    /** A night place used: a rest place, or one child's childcare, checked in (once, however often checked in). */
    void nightUsed(String key, String placeKind, LocalDate night) {
        records.updateOne(eq("_id", key), Updates.combine(
                Updates.setOnInsert("kind", NIGHT), Updates.setOnInsert("place", placeKind),
                Updates.setOnInsert("date", night.toString()),
                Updates.setOnInsert("month", YearMonth.from(night).toString())), new UpdateOptions().upsert(true));
    }

    @Override
    public Figures between(YearMonth from, YearMonth to) {
        Map<String, long[]> services = new TreeMap<>();
        Map<String, List<Long>> waits = new TreeMap<>();
        Map<String, Map<String, Long>> visits = new TreeMap<>();
        Map<String, long[]> nights = new TreeMap<>();
        Map<String, Map<String, Long>> languages = new TreeMap<>();
        Map<String, Long> weeks = new TreeMap<>();
        Map<String, long[]> bySite = new TreeMap<>();
        Map<String, String> sites = new java.util.HashMap<>();
        records.find(eq("kind", SESSION)).forEach(s -> sites.put(s.getString("_id").substring(2), s.getString("site")));
        for (Document d : records.find(and(gte("month", from.toString()), lte("month", to.toString())))) {
            String month = d.getString("month");
            switch (d.getString("kind")) {
                case BOOKING -> {
                    long[] c = services.computeIfAbsent(month + "|" + d.getString("service"), k -> new long[6]);
                    countBooking(c, d);
                    String site = sites.getOrDefault(d.getString("sessionId"), "unknown");
                    countBooking(bySite.computeIfAbsent(month + "|" + site + "|" + d.getString("service"),
                            k -> new long[6]), d);
                    languages.computeIfAbsent(month, k -> new TreeMap<>())
                            .merge(d.getString("language") == null ? "unknown" : d.getString("language"), 1L, Long::sum);
                    LocalDate monday = LocalDate.parse(d.getString("date"))
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    weeks.merge(monday + "|" + d.getString("service"), 1L, Long::sum);
                }
                case WALK_IN -> {
                    services.computeIfAbsent(month + "|" + d.getString("service"), k -> new long[6])[1]++;
                    Long waited = d.getLong("waitedMinutes");
                    if (waited != null) {
                        waits.computeIfAbsent(month + "|" + d.getString("service"), k -> new ArrayList<>()).add(waited);
                    }
                }
                case VISIT -> visits.computeIfAbsent(month, k -> new TreeMap<>())
                        .merge(d.getString("reason"), 1L, Long::sum);
                case NIGHT -> nights.computeIfAbsent(month, k -> new long[2])["rest".equals(d.getString("place")) ? 0
                        : 1]++;
                default -> { }
            }
        }
        return new Figures(serviceMonths(services, waits), centreMonths(visits, nights, languages),
                weeks.entrySet().stream().map(e -> new ServiceWeek(LocalDate.parse(e.getKey().split("\\|")[0]),
                        e.getKey().split("\\|")[1], e.getValue())).toList(),
                bySite.entrySet().stream().map(e -> {
                    String[] k = e.getKey().split("\\|");
                    long[] c = e.getValue();
                    return new SiteServiceMonth(YearMonth.parse(k[0]), k[1], k[2], c[0], c[2], c[3], c[4], c[5]);
                }).toList());
    }

    /** [bookings, walk-ins, attended, no-shows, cancelled by the person, cancelled by the centre] */
    private static void countBooking(long[] c, Document d) {
        c[0]++;
        String status = d.getString("status");
        if (status.equals(BookingStatus.ARRIVED.code()) || status.equals(BookingStatus.SEEN.code())
                || status.equals(BookingStatus.LEFT.code())) {
            c[2]++;
        } else if (status.equals(BookingStatus.NO_SHOW.code())) {
            c[3]++;
        } else if (status.equals(BookingStatus.CANCELLED.code())) {
            c["centre".equals(d.getString("cancelledBy")) ? 5 : 4]++;
        }
    }

    private static List<ServiceMonth> serviceMonths(Map<String, long[]> services, Map<String, List<Long>> waits) {
        List<ServiceMonth> out = new ArrayList<>();
        services.forEach((key, c) -> {
            String[] parts = key.split("\\|");
            out.add(new ServiceMonth(YearMonth.parse(parts[0]), parts[1], c[0], c[1], c[2], c[3], c[4], c[5],
                    List.copyOf(waits.getOrDefault(key, List.of()))));
        });
        return out;
    }

    private static List<CentreMonth> centreMonths(Map<String, Map<String, Long>> visits, Map<String, long[]> nights,
                                                  Map<String, Map<String, Long>> languages) {
        TreeMap<String, Boolean> months = new TreeMap<>();
        visits.keySet().forEach(m -> months.put(m, true));
        nights.keySet().forEach(m -> months.put(m, true));
        languages.keySet().forEach(m -> months.put(m, true));
        List<CentreMonth> out = new ArrayList<>();
        for (String m : months.keySet()) {
            long[] n = nights.getOrDefault(m, new long[2]);
            out.add(new CentreMonth(YearMonth.parse(m), visits.getOrDefault(m, Map.of()), n[0], n[1],
                    languages.getOrDefault(m, Map.of())));
        }
        return out;
    }

    private static Bson guard(String key, String sessionId, long sequence) {
        return and(eq("_id", key), eq("sessionId", sessionId), lt("seq", sequence));
    }

    public void drop() {
        records.drop();
    }
}
