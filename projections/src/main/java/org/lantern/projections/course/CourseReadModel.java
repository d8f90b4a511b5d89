package org.lantern.projections.course;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.domain.booking.ServiceCatalogue;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.lantern.application.booking.BookingRecords;
import org.lantern.application.booking.BookingView;
import org.lantern.application.course.CourseBookingView;
import org.lantern.application.course.CourseRecords;
import org.lantern.application.course.CourseView;
import org.lantern.application.privacy.ErasureCandidates;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.course.CourseBookedEvent;
import org.lantern.domain.course.CourseBookingAbandonedEvent;
import org.lantern.domain.course.CourseBookingCancelledEvent;
import org.lantern.domain.course.CourseBookingStartedEvent;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.course.CourseSetUpEvent;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.privacy.SealedText;

/**
 * Courses in three collections: one document per course, one per course booking (its holder's sealed fields and
 * where it stands), one per place a booking holds in a session (from the sessions' own events, so a move, a
 * cancelled session and attendance show without the course being told). Every write is idempotent.
 */
public class CourseReadModel implements CourseRecords, BookingRecords, ErasureCandidates {

    public static final String COURSES = "course_courses";
    public static final String BOOKINGS = "course_bookings";
    public static final String PLACES = "course_places";

    private final MongoCollection<Document> courses;
    private final MongoCollection<Document> bookings;
    private final MongoCollection<Document> places;
    private final ServiceCatalogue services;

    /**
     * @param services the catalogue: a course set up before courses named their service (revision 1 of
     *                 {@code CourseSetUpEvent}) belongs to its first service of kind course
     */
    public CourseReadModel(MongoDatabase database, ServiceCatalogue services) {
        this.services = services;
        this.courses = database.getCollection(COURSES);
        this.bookings = database.getCollection(BOOKINGS);
        this.places = database.getCollection(PLACES);
        indexes();
    }

    private void indexes() {
        courses.createIndex(Indexes.ascending("firstDate"));
        bookings.createIndex(Indexes.ascending("stage"));
        places.createIndex(Indexes.ascending("reference"));
    }

    void apply(CourseSetUpEvent e) {
        List<Document> sessions = e.sessions().stream().map(s -> new Document("sessionId", s.sessionId())
                .append("date", s.date().toString()).append("start", s.start().toString())
                .append("end", s.end().toString())).toList();
        Document doc = new Document("_id", e.courseId()).append("counsellor", e.counsellor())
                .append("firstDate", e.sessions().get(0).date().toString()).append("sessions", sessions)
                .append("holder", null).append("service", e.service());
        courses.replaceOne(eq("_id", e.courseId()), doc, new ReplaceOptions().upsert(true));
    }

    void apply(CourseBookingStartedEvent e, long sequence) {
        Holder h = e.holder();
        Document course = courses.find(eq("_id", e.courseId())).first();
        bookings.updateOne(eq("_id", e.reference()), Updates.combine(
                Updates.setOnInsert("courseId", e.courseId()),
                Updates.setOnInsert("counsellor", course == null ? null : course.getString("counsellor")),
                Updates.setOnInsert("stage", CourseBookingView.Stage.PENDING.name()),
                Updates.setOnInsert("startedAt", e.startedAt().toString()),
                Updates.setOnInsert("secretHash", h.secretHash()),
                Updates.setOnInsert("subjectId", h.subjectId()),
                Updates.setOnInsert("pseudonym", sealed(h.pseudonym())),
                Updates.setOnInsert("contact", sealed(h.contact())),
                Updates.setOnInsert("language", sealed(h.language())),
                Updates.setOnInsert("remindersMayNameService", h.remindersMayNameService()),
                // a moved session's new place is booked with them, so the needs follow it to the new time
                Updates.setOnInsert("needs", sealed(h.needs())),
                Updates.setOnInsert("seq", sequence)), new UpdateOptions().upsert(true));
        courses.updateOne(eq("_id", e.courseId()), Updates.set("holder", e.reference()));
    }

    void apply(CourseBookedEvent e, long sequence) {
        stage(e.reference(), CourseBookingView.Stage.BOOKED, sequence);
    }

    void apply(CourseBookingAbandonedEvent e, long sequence) {
        stage(e.reference(), CourseBookingView.Stage.ABANDONED, sequence);
        courses.updateOne(and(eq("_id", e.courseId()), eq("holder", e.reference())), Updates.set("holder", null));
    }

    void apply(CourseBookingCancelledEvent e, long sequence) {
        stage(e.reference(), CourseBookingView.Stage.CANCELLED, sequence);
        courses.updateOne(and(eq("_id", e.courseId()), eq("holder", e.reference())), Updates.set("holder", null));
    }

    /** A place of a course booking in a session, from that session's events; a later move wins. */
    void placeBooked(String sessionReference, String sessionId, LocalDate date, LocalTime start, LocalTime end,
                     long sequence) {
        places.updateOne(eq("_id", sessionReference), Updates.combine(
                Updates.setOnInsert("reference", CourseReferences.course(sessionReference)),
                Updates.setOnInsert("n", CourseReferences.number(sessionReference)),
                Updates.setOnInsert("of", CourseReferences.of(sessionReference)),
                Updates.setOnInsert("moves", CourseReferences.moves(sessionReference)),
                Updates.setOnInsert("sessionId", sessionId),
                Updates.setOnInsert("date", date.toString()),
                Updates.setOnInsert("start", start.toString()),
                Updates.setOnInsert("end", end.toString()),
                Updates.setOnInsert("status", BookingStatus.BOOKED.code()),
                Updates.setOnInsert("seq", sequence)), new UpdateOptions().upsert(true));
    }

    /**
     * A place the centre moved with its session (or within it): it follows the booking there. The sequence guard
     * starts afresh in a new session, and names the session, as in the clinic read model.
     */
    void placeMoved(String sessionReference, String sessionId, LocalDate toDate, String toSessionId,
                    LocalTime toStart, LocalTime toEnd, long sequence) {
        boolean within = sessionId.equals(toSessionId);
        places.updateOne(and(eq("_id", sessionReference), eq("sessionId", sessionId), lt("seq", sequence)),
                Updates.combine(Updates.set("sessionId", toSessionId), Updates.set("date", toDate.toString()),
                        Updates.set("start", toStart.toString()), Updates.set("end", toEnd.toString()),
                        Updates.set("seq", within ? sequence : -1L)));
    }

    void placeChanged(String sessionReference, String sessionId, BookingStatus status, long sequence) {
        places.updateOne(and(eq("_id", sessionReference), eq("sessionId", sessionId), lt("seq", sequence)),
                Updates.combine(Updates.set("status", status.code()), Updates.set("seq", sequence)));
    }

    void apply(PersonalDataErasedEvent e) {
        bookings.updateOne(eq("_id", e.reference()), Updates.combine(
                Updates.unset("pseudonym"), Updates.unset("contact"), Updates.unset("language"),
                Updates.unset("needs"), Updates.set("erasure", new Document("reason", e.reason().name())
                        .append("at", e.erasedAt().toString()))));
    }

    private void stage(String reference, CourseBookingView.Stage stage, long sequence) {
        bookings.updateOne(and(eq("_id", reference), lt("seq", sequence)),
                Updates.combine(Updates.set("stage", stage.name()), Updates.set("seq", sequence)));
    }

    @Override
    public Optional<CourseView> course(String courseId) {
        return Optional.ofNullable(courses.find(eq("_id", courseId)).first()).map(this::toCourse);
    }

    @Override
    public List<CourseView> courses(LocalDate from, LocalDate to) {
        List<CourseView> found = new ArrayList<>();
        courses.find(and(gte("firstDate", from.toString()), lte("firstDate", to.toString())))
                .sort(Sorts.ascending("firstDate")).forEach(d -> found.add(toCourse(d)));
        return found;
    }

    @Override
    public Optional<CourseBookingView> courseBooking(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first()).map(this::toCourseBooking);
    }

    @Override
    public List<CourseBookingView> unfinishedSince(LocalDateTime startedBefore) {
        List<CourseBookingView> found = new ArrayList<>();
        bookings.find(eq("stage", CourseBookingView.Stage.PENDING.name())).forEach(d -> {
            if (LocalDateTime.parse(d.getString("startedAt")).isBefore(startedBefore)) {
                found.add(toCourseBooking(d));
            }
        });
        return found;
    }

    @Override
    public List<StalePlace> placesLeftByAMove() {
        Map<String, Document> latest = new HashMap<>();
        List<Document> held = new ArrayList<>();
        places.find().forEach(d -> {
            String key = d.getString("reference") + "~" + d.getInteger("n");
            latest.merge(key, d, (a, b) -> a.getInteger("moves") >= b.getInteger("moves") ? a : b);
            if (!BookingStatus.CANCELLED.code().equals(d.getString("status"))) {
                held.add(d);
            }
        });
        return held.stream().filter(d -> latest.get(d.getString("reference") + "~" + d.getInteger("n")) != d)
                .map(d -> new StalePlace(d.getString("sessionId"), d.getString("_id"))).toList();
    }

    /** A course booking as its holder's booking, once it is booked (never while it claims or after it gave up). */
    @Override
    public Optional<BookingView> booking(String reference) {
        if (reference.length() == CourseReferences.LENGTH) {
            return Optional.empty();
        }
        Document d = bookings.find(and(eq("_id", reference), in("stage", CourseBookingView.Stage.BOOKED.name(),
                CourseBookingView.Stage.CANCELLED.name()))).first();
        return Optional.ofNullable(d).flatMap(this::toBooking);
    }

    /** Course bookings not yet erased whose last session ended by then. */
    @Override
    public List<BookingView> endedBy(LocalDateTime endedBy) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(in("stage", CourseBookingView.Stage.BOOKED.name(), CourseBookingView.Stage.CANCELLED.name()),
                exists("erasure", false))).forEach(d -> toBooking(d).ifPresent(b -> {
                    LocalDateTime lastEnd = placesOf(d.getString("_id")).stream()
                            .map(CourseBookingView.Place::end).max(Comparator.naturalOrder()).orElse(b.endsAt());
                    if (!lastEnd.isAfter(endedBy)) {
                        found.add(b);
                    }
                }));
        return found;
    }

    /** Drops every collection, so that the projection can rebuild them from the first event. */
    public void drop() {
        courses.drop();
        bookings.drop();
        places.drop();
        indexes();
    }

    private Optional<BookingView> toBooking(Document d) {
        Optional<CourseView> course = course(d.getString("courseId"));
        if (course.isEmpty()) {
            return Optional.empty();
        }
        CourseSession first = course.get().sessions().get(0);
        Document erasure = d.get("erasure", Document.class);
        BookingStatus status = CourseBookingView.Stage.CANCELLED.name().equals(d.getString("stage"))
                ? BookingStatus.CANCELLED : BookingStatus.BOOKED;
        return Optional.of(new BookingView(d.getString("_id"), d.getString("courseId"), course.get().service(),
                first.date(), first.start(), first.end(), status, d.getString("secretHash"), d.getString("subjectId"),
                toSealed(d.get("pseudonym", Document.class)), toSealed(d.get("contact", Document.class)),
                toSealed(d.get("language", Document.class)), Boolean.TRUE.equals(d.getBoolean("remindersMayNameService")),
                LocalDateTime.parse(d.getString("startedAt")),
                erasure == null ? null : new BookingView.Erasure(erasure.getString("reason"),
                        LocalDateTime.parse(erasure.getString("at"))),
                toSealed(d.get("needs", Document.class)), null, List.of()));
    }

    private CourseBookingView toCourseBooking(Document d) {
        return new CourseBookingView(d.getString("_id"), d.getString("courseId"), d.getString("counsellor"),
                CourseBookingView.Stage.valueOf(d.getString("stage")), LocalDateTime.parse(d.getString("startedAt")),
                placesOf(d.getString("_id")));
    }

    /** The latest place of each session number (a moved session's newest). */
    private List<CourseBookingView.Place> placesOf(String reference) {
        Map<Integer, Document> latest = new HashMap<>();
        places.find(eq("reference", reference)).forEach(d -> latest.merge(d.getInteger("n"), d,
                (a, b) -> a.getInteger("moves") >= b.getInteger("moves") ? a : b));
        return latest.values().stream().map(CourseReadModel::toPlace)
                .sorted(Comparator.comparingInt(CourseBookingView.Place::n)).toList();
    }

    private static CourseBookingView.Place toPlace(Document d) {
        LocalDate date = LocalDate.parse(d.getString("date"));
        LocalTime start = LocalTime.parse(d.getString("start"));
        LocalTime end = LocalTime.parse(d.getString("end"));
        return new CourseBookingView.Place(d.getInteger("n"), d.getInteger("of"), d.getString("sessionId"),
                date.atTime(start), end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end),
                d.getString("_id"), BookingStatus.fromCode(d.getString("status")).orElseThrow());
    }

    private CourseView toCourse(Document d) {
        List<CourseSession> sessions = d.getList("sessions", Document.class).stream()
                .map(s -> new CourseSession(s.getString("sessionId"), LocalDate.parse(s.getString("date")),
                        LocalTime.parse(s.getString("start")), LocalTime.parse(s.getString("end")))).toList();
        String service = d.getString("service");
        return new CourseView(d.getString("_id"), d.getString("counsellor"), sessions, d.getString("holder") != null,
                service != null ? service : services.all().stream()
                        .filter(e -> e.kind() == ServiceKind.COURSE).map(CatalogueEntry::code).findFirst().orElse(null));
    }

    private static Document sealed(SealedText text) {
        return text == null ? null
                : new Document("subjectId", text.subjectId()).append("ciphertext", text.ciphertext());
    }

    private static SealedText toSealed(Document d) {
        return d == null ? null : new SealedText(d.getString("subjectId"), d.getString("ciphertext"));
    }
}
