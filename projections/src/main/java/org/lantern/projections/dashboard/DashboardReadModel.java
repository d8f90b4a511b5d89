package org.lantern.projections.dashboard;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.privacy.SealedText;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * Reception's dashboard as one document per date, so that showing a day is one look-up by key on any store.
 * Each session's line remembers the last event applied to it (events of one session come in sequence order),
 * so an event applied twice changes nothing, and the collection can be dropped and rebuilt from events.
 */
public class DashboardReadModel {

    public static final String DAYS = "dashboard_days";

    private final MongoCollection<Document> days;

    public DashboardReadModel(MongoDatabase database) {
        this.days = database.getCollection(DAYS);
    }

    /** A new line for a session; {@code label} is the service code, or "private". */
    void addSession(LocalDate date, String sessionId, String label, LocalTime start, LocalTime end, int capacity,
                    long sequence) {
        change(date, sessionId, sequence, line -> line.append("service", label).append("start", start.toString())
                .append("end", end.toString()).append("capacity", capacity).append("booked", 0));
    }

    /** One more place taken ({@code +1}) or freed ({@code -1}) in a session. */
    void countBooking(LocalDate date, String sessionId, int change, long sequence) {
        change(date, sessionId, sequence, line -> line.put("booked", line.getInteger("booked", 0) + change));
    }

    /** A session called off: nothing left to book in it. */
    void closeSession(LocalDate date, String sessionId, long sequence) {
        change(date, sessionId, sequence, line -> line.put("capacity", line.getInteger("booked", 0)));
    }

    /** A booking that asked for something to arrange: its slot and its sealed needs, until it is cancelled. */
    void noteNeeds(LocalDate date, String sessionId, String reference, LocalTime slotStart, SealedText needs,
                   long sequence) {
        change(date, sessionId, sequence, line -> {
            Document notes = Optional.ofNullable(line.get("needs", Document.class)).orElseGet(Document::new);
            notes.put(reference, new Document("start", slotStart.toString()).append("subjectId", needs.subjectId())
                    .append("ciphertext", needs.ciphertext()));
            line.put("needs", notes);
            line.put("booked", line.getInteger("booked", 0) + 1);
        });
    }

    /** One place freed; the booking's needs go with it. */
    void cancelBooking(LocalDate date, String sessionId, String reference, long sequence) {
        change(date, sessionId, sequence, line -> {
            line.put("booked", line.getInteger("booked", 0) - 1);
            Document notes = line.get("needs", Document.class);
            if (notes != null) {
                notes.remove(reference);
            }
        });
    }

    /** A move within a session: the booking's needs, if any, now stand at its new time. */
    void moveWithin(LocalDate date, String sessionId, String reference, LocalTime toStart, long sequence) {
        change(date, sessionId, sequence, line -> {
            Document notes = line.get("needs", Document.class);
            Document note = notes == null ? null : notes.get(reference, Document.class);
            if (note != null) {
                note.put("start", toStart.toString());
            }
        });
    }

    /**
     * A move to another session, which counted the place when it was held there: the place here is freed, and the
     * booking's needs go with it to its new time. They are written there first, so that an event applied again
     * after a crash between the two writes still finds them here (the new line has no sequence of this session's
     * to guard it, and putting one note twice is harmless).
     */
    void moveAway(LocalDate date, String sessionId, String reference, LocalDate toDate, String toSessionId,
                  LocalTime toStart, long sequence) {
        Document day = days.find(eq("_id", date.toString())).first();
        Document line = day == null ? null : day.get("lines", Document.class).get(sessionId, Document.class);
        Document notes = line == null ? null : line.get("needs", Document.class);
        Document note = notes == null ? null : notes.get(reference, Document.class);
        Long applied = line == null ? null : line.getLong("seq");
        if (note != null && (applied == null || applied < sequence)) {
            note.put("start", toStart.toString());
            change(toDate, toSessionId, Long.MIN_VALUE, to -> {
                Document moved = Optional.ofNullable(to.get("needs", Document.class)).orElseGet(Document::new);
                moved.put(reference, note);
                to.put("needs", moved);
            }, false);
        }
        cancelBooking(date, sessionId, reference, sequence);
    }

    private void change(LocalDate date, String sessionId, long sequence, Consumer<Document> edit) {
        change(date, sessionId, sequence, edit, true);
    }

    private void change(LocalDate date, String sessionId, long sequence, Consumer<Document> edit, boolean guarded) {
        Document day = Optional.ofNullable(days.find(eq("_id", date.toString())).first())
                .orElseGet(() -> new Document("_id", date.toString()).append("lines", new Document()));
        Document lines = day.get("lines", Document.class);
        Document line = Optional.ofNullable(lines.get(sessionId, Document.class)).orElseGet(Document::new);
        Long applied = line.getLong("seq");
        if (guarded && applied != null && applied >= sequence) {
            return;
        }
        edit.accept(line);
        if (guarded) {
            line.put("seq", sequence);
        }
        lines.put(sessionId, line);
        days.replaceOne(eq("_id", date.toString()), day, new ReplaceOptions().upsert(true));
    }

    /** The day with every booking's needs still sealed: {@link #day(LocalDate, Function)} opens them. */
    public DashboardView day(LocalDate date) {
        return day(date, sealed -> Map.of());
    }

    /** The day; {@code open} opens the sealed needs of its bookings at once (one key look-up per call). */
    public DashboardView day(LocalDate date, Function<List<SealedText>, Map<SealedText, String>> open) {
        Document day = days.find(eq("_id", date.toString())).first();
        List<DashboardView.Line> lines = new ArrayList<>();
        if (day != null) {
            Map<SealedText, String> opened = open.apply(sealedNeeds(day));
            day.get("lines", Document.class).forEach((sessionId, value) -> {
                Document line = (Document) value;
                if (line.containsKey("start")) {
                    int booked = line.getInteger("booked", 0);
                    lines.add(new DashboardView.Line(sessionId, line.getString("service"),
                            LocalTime.parse(line.getString("start")), LocalTime.parse(line.getString("end")), booked,
                            Math.max(0, line.getInteger("capacity") - booked), arrangements(line, opened)));
                }
            });
        }
        lines.sort(Comparator.comparing(DashboardView.Line::start).thenComparing(DashboardView.Line::sessionId));
        return new DashboardView(date, lines);
    }

    private static List<SealedText> sealedNeeds(Document day) {
        List<SealedText> sealed = new ArrayList<>();
        day.get("lines", Document.class).values().forEach(l -> {
            Document notes = ((Document) l).get("needs", Document.class);
            if (notes != null) {
                notes.values().forEach(n -> sealed.add(toSealed((Document) n)));
            }
        });
        return sealed;
    }

    private static List<DashboardView.Arrangement> arrangements(Document line, Map<SealedText, String> opened) {
        Document notes = line.get("needs", Document.class);
        if (notes == null) {
            return List.of();
        }
        List<DashboardView.Arrangement> found = new ArrayList<>();
        for (Object n : notes.values()) {
            Document note = (Document) n;
            String plain = opened.get(toSealed(note));
            if (plain != null) {
                Needs needs = Needs.decode(plain);
                if (needs.needsArranging()) {
                    found.add(new DashboardView.Arrangement(LocalTime.parse(note.getString("start")),
                            needs.interpreter(), needs.tickCodes(), needs.access()));
                }
            }
        }
        found.sort(Comparator.comparing(DashboardView.Arrangement::slotStart));
        return found;
    }

    private static SealedText toSealed(Document note) {
        return new SealedText(note.getString("subjectId"), note.getString("ciphertext"));
    }

    public void drop() {
        days.drop();
    }
}
