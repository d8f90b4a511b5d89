package org.lantern.projections.clinic;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.domain.clinic.BookingCancelledEvent;
import org.lantern.domain.clinic.PersonalDataErasedEvent;
import org.lantern.domain.clinic.SessionScheduledEvent;
import org.lantern.domain.clinic.SlotBookedEvent;
import org.lantern.domain.privacy.SealedText;

/**
 * The clinic's read model in two collections: one document per session, one per booking. Every write is
 * idempotent, so an event applied twice changes nothing; both collections can be dropped and rebuilt from events.
 */
public class ClinicReadModel {

    public static final String SESSIONS = "clinic_sessions";
    public static final String BOOKINGS = "clinic_bookings";

    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> bookings;

    public ClinicReadModel(MongoDatabase database) {
        this.sessions = database.getCollection(SESSIONS);
        this.bookings = database.getCollection(BOOKINGS);
        sessions.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("sessionId"));
    }

    void apply(SessionScheduledEvent e) {
        Document doc = new Document("_id", e.sessionId())
                .append("dayId", e.dayId())
                .append("service", e.service())
                .append("date", e.date().toString())
                .append("start", e.start().toString())
                .append("end", e.end().toString())
                .append("slotMinutes", e.slotMinutes())
                .append("places", e.placesPerSlot())
                .append("clinician", e.clinician());
        sessions.replaceOne(eq("_id", e.sessionId()), doc, new ReplaceOptions().upsert(true));
    }

    void apply(SlotBookedEvent e, long sequence) {
        SessionView session = session(e.sessionId()).orElseThrow(
                () -> new IllegalStateException("A booking arrived before its session"));
        Bson onInsert = Updates.combine(
                Updates.setOnInsert("sessionId", e.sessionId()),
                Updates.setOnInsert("dayId", e.dayId()),
                Updates.setOnInsert("service", session.service()),
                Updates.setOnInsert("date", session.date().toString()),
                Updates.setOnInsert("start", e.slotStart().toString()),
                Updates.setOnInsert("end", e.slotStart().plusMinutes(session.slotMinutes()).toString()),
                Updates.setOnInsert("status", BookingView.BOOKED),
                Updates.setOnInsert("secretHash", e.secretHash()),
                Updates.setOnInsert("subjectId", e.subjectId()),
                Updates.setOnInsert("pseudonym", sealed(e.pseudonym())),
                Updates.setOnInsert("contact", sealed(e.contact())),
                Updates.setOnInsert("language", sealed(e.language())),
                Updates.setOnInsert("remindersMayNameService", e.remindersMayNameService()),
                Updates.setOnInsert("bookedAt", e.bookedAt() == null ? null : e.bookedAt().toString()),
                Updates.setOnInsert("seq", sequence));
        bookings.updateOne(eq("_id", e.reference()), onInsert, new UpdateOptions().upsert(true));
    }

    /** Blanks every personal field of the booking; the rest stays for the counts. Applying it twice is harmless. */
    void apply(PersonalDataErasedEvent e) {
        bookings.updateOne(eq("_id", e.reference()), Updates.combine(
                Updates.unset("pseudonym"), Updates.unset("contact"), Updates.unset("language"),
                Updates.set("erasure", new Document("reason", e.reason().name())
                        .append("at", e.erasedAt().toString()))));
    }

    void apply(BookingCancelledEvent e, long sequence) {
        bookings.updateOne(and(eq("_id", e.reference()), lt("seq", sequence)),
                Updates.combine(Updates.set("status", BookingView.CANCELLED), Updates.set("seq", sequence)));
    }

    public Optional<SessionView> session(String sessionId) {
        return Optional.ofNullable(sessions.find(eq("_id", sessionId)).first()).map(ClinicReadModel::toSession);
    }

    public List<SessionView> sessions(LocalDate from, LocalDate to, String service) {
        List<Bson> filters = new ArrayList<>(List.of(gte("date", from.toString()), lte("date", to.toString())));
        if (service != null) {
            filters.add(eq("service", service));
        }
        List<SessionView> found = new ArrayList<>();
        sessions.find(and(filters)).sort(Sorts.ascending("date", "start"))
                .forEach(doc -> found.add(toSession(doc)));
        return found;
    }

    public Optional<BookingView> booking(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first()).map(ClinicReadModel::toBooking);
    }

    public List<BookingView> activeBookings(Collection<String> sessionIds) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(in("sessionId", sessionIds), eq("status", BookingView.BOOKED)))
                .forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    public List<BookingView> allBookings(Collection<String> sessionIds) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(in("sessionId", sessionIds)).sort(Sorts.ascending("start"))
                .forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** Bookings not yet erased on dates up to {@code lastDate}; the caller checks each one's end. */
    public List<BookingView> unerasedBookingsUntil(LocalDate lastDate) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(lte("date", lastDate.toString()), exists("erasure", false)))
                .forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** Active bookings between two dates that hold a contact. */
    public List<BookingView> activeBookingsWithContact(LocalDate from, LocalDate to) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(gte("date", from.toString()), lte("date", to.toString()),
                        eq("status", BookingView.BOOKED), exists("erasure", false), ne("contact", null)))
                .forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** Drops both collections, so that the projection can rebuild them from the first event. */
    public void drop() {
        sessions.drop();
        bookings.drop();
        sessions.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("sessionId"));
    }

    private static SessionView toSession(Document d) {
        return new SessionView(d.getString("_id"), d.getString("dayId"), d.getString("service"),
                LocalDate.parse(d.getString("date")), LocalTime.parse(d.getString("start")),
                LocalTime.parse(d.getString("end")), d.getInteger("slotMinutes"), d.getInteger("places"),
                d.getString("clinician"));
    }

    private static BookingView toBooking(Document d) {
        Document erasure = d.get("erasure", Document.class);
        String bookedAt = d.getString("bookedAt");
        return new BookingView(d.getString("_id"), d.getString("sessionId"), d.getString("dayId"),
                d.getString("service"), LocalDate.parse(d.getString("date")), LocalTime.parse(d.getString("start")),
                LocalTime.parse(d.getString("end")), d.getString("status"), d.getString("secretHash"),
                d.getString("subjectId"), toSealed(d.get("pseudonym", Document.class)),
                toSealed(d.get("contact", Document.class)), toSealed(d.get("language", Document.class)),
                Boolean.TRUE.equals(d.getBoolean("remindersMayNameService")),
                bookedAt == null ? null : LocalDateTime.parse(bookedAt),
                erasure == null ? null : new BookingView.Erasure(erasure.getString("reason"),
                        LocalDateTime.parse(erasure.getString("at"))));
    }

    private static Document sealed(SealedText text) {
        return text == null ? null
                : new Document("subjectId", text.subjectId()).append("ciphertext", text.ciphertext());
    }

    private static SealedText toSealed(Document d) {
        return d == null ? null : new SealedText(d.getString("subjectId"), d.getString("ciphertext"));
    }
}
