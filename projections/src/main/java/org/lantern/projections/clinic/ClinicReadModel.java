package org.lantern.projections.clinic;

import org.lantern.application.attendance.ExpectedBookings;
import org.lantern.application.booking.BookingRecords;
import org.lantern.application.booking.BookingView;
import org.lantern.application.clinic.CentreChanges;
import org.lantern.application.clinic.CentreChanges.CentreChange;
import org.lantern.application.clinic.HeldMove;
import org.lantern.application.clinic.MoveHolds;
import org.lantern.application.clinic.SessionBookings;
import org.lantern.application.clinic.SessionRecords;
import org.lantern.application.course.CounsellingTimes;
import org.lantern.domain.course.CourseReferences;
import org.lantern.application.privacy.ErasureCandidates;
import org.lantern.application.reminders.RemindableBookings;
import org.lantern.application.clinic.SessionView;
import org.lantern.application.sites.SessionsAtSites;
import org.lantern.application.walkin.CliniciansOnDuty;
import org.lantern.application.walkin.DayBookings;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.domain.session.DisclosureRecordedEvent;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.lantern.domain.course.CourseSession;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.domain.privacy.SealedText;

/**
 * The clinic's read model in two collections: one document per session, one per booking. Every write is
 * idempotent, so an event applied twice changes nothing; both collections can be dropped and rebuilt from events.
 */
public class ClinicReadModel implements BookingRecords, SessionRecords, ErasureCandidates, RemindableBookings,
        ExpectedBookings, CliniciansOnDuty, DayBookings, CounsellingTimes, SessionBookings, CentreChanges,
        MoveHolds, SessionsAtSites {

    public static final String SESSIONS = "clinic_sessions";
    public static final String BOOKINGS = "clinic_bookings";
    /** Places held for a move across sessions until the old session gives its place up or the hold is freed. */
    public static final String MOVE_HOLDS = "clinic_move_holds";

    private final MongoCollection<Document> sessions;
    private final MongoCollection<Document> bookings;
    private final MongoCollection<Document> moveHolds;

    public ClinicReadModel(MongoDatabase database) {
        this.sessions = database.getCollection(SESSIONS);
        this.bookings = database.getCollection(BOOKINGS);
        this.moveHolds = database.getCollection(MOVE_HOLDS);
        sessions.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("sessionId"));
        bookings.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("subjectId"));
    }

    void apply(SessionScheduledEvent e) {
        Document doc = new Document("_id", e.sessionId())
                .append("service", e.service().code())
                .append("date", e.date().toString())
                .append("start", e.start().toString())
                .append("end", e.end().toString())
                .append("slotMinutes", e.slotMinutes())
                .append("places", e.placesPerSlot())
                .append("clinician", e.clinician())
                .append("site", e.site());
        sessions.replaceOne(eq("_id", e.sessionId()), doc, new ReplaceOptions().upsert(true));
    }

    /** Everything the booking needs is in the event: no other document is read to apply it. */
    void apply(SlotBookedEvent e, long sequence) {
        Holder h = e.holder();
        Bson onInsert = Updates.combine(
                Updates.setOnInsert("sessionId", e.sessionId()),
                Updates.setOnInsert("service", e.service().code()),
                Updates.setOnInsert("date", e.date().toString()),
                Updates.setOnInsert("start", e.slotStart().toString()),
                Updates.setOnInsert("end", e.slotEnd().toString()),
                Updates.setOnInsert("status", BookingStatus.BOOKED.code()),
                Updates.setOnInsert("secretHash", h.secretHash()),
                Updates.setOnInsert("subjectId", h.subjectId()),
                Updates.setOnInsert("pseudonym", sealed(h.pseudonym())),
                Updates.setOnInsert("contact", sealed(h.contact())),
                Updates.setOnInsert("language", sealed(h.language())),
                Updates.setOnInsert("remindersMayNameService", h.remindersMayNameService()),
                Updates.setOnInsert("needs", sealed(h.needs())),
                Updates.setOnInsert("consent", sealed(h.consent())),
                Updates.setOnInsert("bookedAt", e.bookedAt() == null ? null : e.bookedAt().toString()),
                Updates.setOnInsert("seq", sequence));
        bookings.updateOne(eq("_id", e.reference()), onInsert, new UpdateOptions().upsert(true));
    }

    /** Blanks every personal field of the booking; the rest stays for the counts. Applying it twice is harmless. */
    void apply(PersonalDataErasedEvent e) {
        // by subject too: a course booking's places in its sessions share its subject
        bookings.updateMany(or(eq("_id", e.reference()), eq("subjectId", e.subjectId())), Updates.combine(
                Updates.unset("pseudonym"), Updates.unset("contact"), Updates.unset("language"),
                Updates.unset("needs"), Updates.unset("consent"),
                Updates.set("erasure", new Document("reason", e.reason().name())
                        .append("at", e.erasedAt().toString()))));
    }

    /**
     * A disclosure of this booking was recorded: when and on which basis, never what. The same event applied
     * twice adds the same entry (its sequence number tells two disclosures of one moment apart), which a set keeps
     * once.
     */
    void apply(DisclosureRecordedEvent e, long sequence) {
        bookings.updateOne(eq("_id", e.reference()), Updates.addToSet("disclosures", new Document("seq", sequence)
                .append("at", e.recordedAt().toString()).append("basis", e.basis().code())));
    }

    void apply(BookingCancelledEvent e, long sequence) {
        bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence),
                Updates.combine(Updates.set("status", BookingStatus.CANCELLED.code()), Updates.set("seq", sequence)));
    }

    void apply(AttendanceMarkedEvent e, long sequence) {
        bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence), Updates.combine(
                Updates.set("status", e.status().code()), Updates.set("seq", sequence),
                Updates.set("attendanceAt", e.markedAt().toString())));
    }

    /** Expected again; {@code noShowUndone} keeps the no-show sweep away from it for good. */
    void apply(NoShowUndoneEvent e, long sequence) {
        bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence), Updates.combine(
                Updates.set("status", BookingStatus.BOOKED.code()), Updates.set("seq", sequence),
                Updates.set("noShowUndone", true)));
    }

    /** Cancelled by the centre: the reason stays beside the booking for its holder's page. */
    void apply(BookingCancelledByCentreEvent e, long sequence) {
        bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence), Updates.combine(
                Updates.set("status", BookingStatus.CANCELLED.code()), Updates.set("seq", sequence),
                Updates.set("centreReason", e.reason()), Updates.set("centreChange", "cancelled")));
    }

    void apply(SessionCancelledEvent e) {
        sessions.updateOne(eq("_id", e.sessionId()), Updates.combine(Updates.set("cancelled", true),
                Updates.set("cancelReason", e.reason())));
    }

    /**
     * A move: within a session the booking's time changes; to another session the booking follows it there. The
     * sequence guard then starts afresh, since the new session's events count their own sequence (every guard
     * also names the session, so a late event of the old one never touches the moved booking).
     */
    void apply(BookingMovedEvent e, long sequence) {
        moveFinished(e);
        Bson time = Updates.combine(Updates.set("date", e.toDate().toString()),
                Updates.set("start", e.toSlotStart().toString()), Updates.set("end", e.toSlotEnd().toString()));
        if (e.withinSession()) {
            bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence),
                    Updates.combine(time, Updates.set("seq", sequence)));
        } else {
            Bson centre = e.byCentre() ? Updates.combine(Updates.set("centreReason", e.centreReason()),
                    Updates.set("centreChange", "moved")) : Updates.combine(Updates.unset("centreReason"),
                    Updates.unset("centreChange"));
            bookings.updateOne(inSession(e.reference(), e.sessionId(), sequence), Updates.combine(time, centre,
                    Updates.set("sessionId", e.toSessionId()), Updates.set("seq", -1L)));
        }
    }

    /**
     * A place held for a move: kept until the move is finished or the hold freed. Events of one processor come in
     * the order they were stored, and the hold is stored before the old session can give its place up.
     */
    void apply(PlaceHeldForMoveEvent e) {
        Document hold = new Document("_id", holdId(e.sessionId(), e.reference())).append("reference", e.reference())
                .append("fromSessionId", e.fromSessionId()).append("toSessionId", e.sessionId())
                .append("date", e.date().toString()).append("start", e.slotStart().toString())
                .append("end", e.slotEnd().toString()).append("heldAt", e.heldAt().toString());
        moveHolds.replaceOne(eq("_id", hold.getString("_id")), hold, new ReplaceOptions().upsert(true));
    }

    void apply(HeldPlaceReleasedEvent e) {
        moveHolds.deleteOne(eq("_id", holdId(e.sessionId(), e.reference())));
    }

    private void moveFinished(BookingMovedEvent e) {
        if (!e.withinSession()) {
            moveHolds.deleteOne(eq("_id", holdId(e.toSessionId(), e.reference())));
        }
    }

    private static String holdId(String sessionId, String reference) {
        return sessionId + "/" + reference;
    }

    /**
     * The places held for moves into these sessions, by session and slot start: taken, as far as anyone booking is
     * concerned (the session refuses them), until the move is finished or the hold freed. Scans the holds, which are
     * few.
     */
    public Map<String, Map<LocalTime, Long>> heldPlaces(Collection<String> sessionIds) {
        Map<String, Map<LocalTime, Long>> held = new HashMap<>();
        moveHolds.find().forEach(d -> {
            if (sessionIds.contains(d.getString("toSessionId"))) {
                held.computeIfAbsent(d.getString("toSessionId"), k -> new HashMap<>())
                        .merge(LocalTime.parse(d.getString("start")), 1L, Long::sum);
            }
        });
        return held;
    }

    /** Scans the holds, which are few: a hold lives for the moment between the two steps of a move. */
    @Override
    public List<HeldMove> unfinishedSince(LocalDateTime heldBefore) {
        List<HeldMove> found = new ArrayList<>();
        moveHolds.find().forEach(d -> {
            LocalDateTime heldAt = LocalDateTime.parse(d.getString("heldAt"));
            if (heldAt.isBefore(heldBefore)) {
                found.add(new HeldMove(d.getString("reference"), d.getString("fromSessionId"),
                        d.getString("toSessionId"), LocalDate.parse(d.getString("date")),
                        LocalTime.parse(d.getString("start")), LocalTime.parse(d.getString("end")), heldAt));
            }
        });
        return found;
    }

    /** The booking's document, if it is still in that session and has not seen this event (or a later one). */
    private static Bson inSession(String reference, String sessionId, long sequence) {
        return and(eq("_id", reference), eq("sessionId", sessionId), lt("seq", sequence));
    }

    @Override
    public List<SessionView> sessionsOn(LocalDate date, String service) {
        return sessions(date, date, service);
    }

    @Override
    public boolean cancelled(String sessionId) {
        Document d = sessions.find(eq("_id", sessionId)).first();
        return d != null && Boolean.TRUE.equals(d.getBoolean("cancelled"));
    }

    @Override
    public Optional<CentreChange> centreChange(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first())
                .filter(d -> d.getString("centreReason") != null)
                .map(d -> new CentreChange("moved".equals(d.getString("centreChange")), d.getString("centreReason")));
    }

    @Override
    public List<BookingView> activeIn(String sessionId) {
        return activeBookings(List.of(sessionId));
    }

    @Override
    public List<BookingView> notArrivedBy(LocalDateTime startedBy) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(lte("date", startedBy.toLocalDate().toString()), eq("status", BookingStatus.BOOKED.code()),
                        exists("noShowUndone", false)))
                .forEach(doc -> {
                    BookingView b = toBooking(doc);
                    if (!b.startsAt().isAfter(startedBy)) {
                        found.add(b);
                    }
                });
        return found;
    }

    /** Sessions of the service running now, each clinician counted once (a session without one counts as one). */
    @Override
    public int count(Service service, LocalDateTime now) {
        LocalTime at = now.toLocalTime();
        List<SessionView> running = sessions(now.toLocalDate(), now.toLocalDate(), service.code()).stream()
                .filter(s -> !s.start().isAfter(at) && s.end().isAfter(at)).toList();
        long named = running.stream().map(SessionView::clinician).filter(java.util.Objects::nonNull).distinct().count();
        long unnamed = running.stream().filter(s -> s.clinician() == null).count();
        return (int) Math.max(1, named + unnamed);
    }

    @Override
    public List<BookingView> bookingsOn(LocalDate date) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(eq("date", date.toString())).forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** The bookings of the date in sessions at the site (cancelled ones too). */
    @Override
    public List<BookingView> bookingsOn(LocalDate date, String site) {
        List<String> here = sessions(date, date, null, site).stream().map(SessionView::sessionId).toList();
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(eq("date", date.toString()), in("sessionId", here))).forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** Called-off sessions count: their history stays the site's. */
    @Override
    public boolean anyAt(String site) {
        return sessions.find(eq("site", site)).first() != null;
    }

    @Override
    public Optional<SessionView> session(String sessionId) {
        return Optional.ofNullable(sessions.find(eq("_id", sessionId)).first()).map(ClinicReadModel::toSession);
    }

    @Override
    public List<SessionView> sessions(LocalDate from, LocalDate to, String service) {
        return sessions(from, to, service, null);
    }

    /**
     * The same at one site (every site for null). A session kept before sessions had a site has none in its
     * document and is the drop-in's, so the site is compared on the view, not in the filter.
     */
    @Override
    public List<SessionView> sessions(LocalDate from, LocalDate to, String service, String site) {
        List<Bson> filters = new ArrayList<>(List.of(gte("date", from.toString()), lte("date", to.toString()),
                ne("cancelled", true)));
        if (service != null) {
            filters.add(eq("service", service));
        }
        List<SessionView> found = new ArrayList<>();
        sessions.find(and(filters)).sort(Sorts.ascending("date", "start"))
                .forEach(doc -> found.add(toSession(doc)));
        return site == null ? found : found.stream().filter(s -> site.equals(s.site())).toList();
    }

    @Override
    public Optional<BookingView> booking(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first()).map(ClinicReadModel::toBooking);
    }

    public List<BookingView> activeBookings(Collection<String> sessionIds) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(in("sessionId", sessionIds), ne("status", BookingStatus.CANCELLED.code())))
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

    /** A course's places go with their course, which ends with its last session (the course read model's). */
    @Override
    public List<BookingView> endedBy(LocalDateTime endedBy) {
        return unerasedBookingsUntil(endedBy.toLocalDate()).stream().filter(b -> !b.endsAt().isAfter(endedBy))
                .filter(b -> !CourseReferences.isSession(b.reference()))
                .toList();
    }

    @Override
    public Optional<SessionView> sessionAt(String service, String counsellor, LocalDateTime start) {
        return sessions(start.toLocalDate(), start.toLocalDate(), service).stream()
                .filter(s -> counsellor.equals(s.clinician()) && s.slotStarts().contains(start.toLocalTime()))
                .findFirst();
    }

    @Override
    public Set<String> full(Collection<CourseSession> wanted) {
        Map<String, Integer> places = new HashMap<>();
        sessions.find(in("_id", wanted.stream().map(CourseSession::sessionId).toList()))
                .forEach(d -> places.put(d.getString("_id"), d.getInteger("places")));
        Map<String, Integer> taken = new HashMap<>();
        bookings.find(and(in("sessionId", places.keySet()), ne("status", BookingStatus.CANCELLED.code())))
                .forEach(d -> {
                    String sessionId = d.getString("sessionId");
                    boolean atItsTime = wanted.stream().anyMatch(w -> w.sessionId().equals(sessionId)
                            && w.start().toString().equals(d.getString("start")));
                    if (atItsTime) {
                        taken.merge(sessionId, 1, Integer::sum);
                    }
                });
        Set<String> full = new HashSet<>();
        for (CourseSession w : wanted) {
            Integer capacity = places.get(w.sessionId());
            if (capacity == null || taken.getOrDefault(w.sessionId(), 0) >= capacity) {
                full.add(w.sessionId());
            }
        }
        return full;
    }

    @Override
    public List<LocalDateTime> freeTimes(String service, String counsellor, LocalDate from, LocalDate to) {
        List<LocalDateTime> free = new ArrayList<>();
        for (SessionView s : sessions(from, to, service)) {
            if (counsellor.equals(s.clinician())) {
                s.slotStarts().stream().map(t -> s.date().atTime(t)).filter(t -> free(s.sessionId(), t))
                        .forEach(free::add);
            }
        }
        free.sort(null);
        return free;
    }

    @Override
    public boolean free(String sessionId, LocalDateTime start) {
        Optional<SessionView> session = session(sessionId);
        if (session.isEmpty()) {
            return false;
        }
        long taken = bookings.countDocuments(and(eq("sessionId", sessionId), eq("start", start.toLocalTime().toString()),
                ne("status", BookingStatus.CANCELLED.code())));
        return taken < session.get().placesPerSlot();
    }

    @Override
    public List<BookingView> withContactBetween(LocalDate from, LocalDate to) {
        return activeBookingsWithContact(from, to);
    }

    /** Active bookings between two dates that hold a contact. */
    public List<BookingView> activeBookingsWithContact(LocalDate from, LocalDate to) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(gte("date", from.toString()), lte("date", to.toString()),
                        eq("status", BookingStatus.BOOKED.code()), exists("erasure", false), ne("contact", null)))
                .forEach(doc -> found.add(toBooking(doc)));
        return found;
    }

    /** Drops both collections, so that the projection can rebuild them from the first event. */
    public void drop() {
        sessions.drop();
        bookings.drop();
        moveHolds.drop();
        sessions.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("sessionId"));
        bookings.createIndex(Indexes.ascending("date"));
    }

    private static SessionView toSession(Document d) {
        return new SessionView(d.getString("_id"), d.getString("service"),
                LocalDate.parse(d.getString("date")), LocalTime.parse(d.getString("start")),
                LocalTime.parse(d.getString("end")), d.getInteger("slotMinutes"), d.getInteger("places"),
                d.getString("clinician"), d.getString("site") == null ? SessionScheduledEvent.FIRST_SITE
                        : d.getString("site"));
    }

    private static BookingView toBooking(Document d) {
        Document erasure = d.get("erasure", Document.class);
        String bookedAt = d.getString("bookedAt");
        return new BookingView(d.getString("_id"), d.getString("sessionId"), d.getString("service"), LocalDate.parse(d.getString("date")), LocalTime.parse(d.getString("start")),
                LocalTime.parse(d.getString("end")), BookingStatus.fromCode(d.getString("status")).orElseThrow(),
                d.getString("secretHash"),
                d.getString("subjectId"), toSealed(d.get("pseudonym", Document.class)),
                toSealed(d.get("contact", Document.class)), toSealed(d.get("language", Document.class)),
                Boolean.TRUE.equals(d.getBoolean("remindersMayNameService")),
                bookedAt == null ? null : LocalDateTime.parse(bookedAt),
                erasure == null ? null : new BookingView.Erasure(erasure.getString("reason"),
                        LocalDateTime.parse(erasure.getString("at"))),
                toSealed(d.get("needs", Document.class)), toSealed(d.get("consent", Document.class)),
                disclosures(d));
    }

    private static List<BookingView.Disclosure> disclosures(Document d) {
        List<Document> found = d.getList("disclosures", Document.class);
        return found == null ? List.of() : found.stream().map(x -> new BookingView.Disclosure(
                LocalDateTime.parse(x.getString("at")), x.getString("basis")))
                .sorted(java.util.Comparator.comparing(BookingView.Disclosure::recordedAt)).toList();
    }

    private static Document sealed(SealedText text) {
        return text == null ? null
                : new Document("subjectId", text.subjectId()).append("ciphertext", text.ciphertext());
    }

    private static SealedText toSealed(Document d) {
        return d == null ? null : new SealedText(d.getString("subjectId"), d.getString("ciphertext"));
    }
}
