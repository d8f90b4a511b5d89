package org.lantern.projections.nightcentre;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.application.booking.BookingRecords;
import org.lantern.application.booking.BookingView;
import org.lantern.application.nightcentre.NightBookingView;
import org.lantern.application.nightcentre.NightRecords;
import org.lantern.application.nightcentre.NightView;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.nightcentre.CheckedOutEvent;
import org.lantern.domain.nightcentre.Child;
import org.lantern.domain.nightcentre.NightPlaceBookedEvent;
import org.lantern.domain.nightcentre.NightPlan;
import org.lantern.domain.nightcentre.NightPlannedEvent;
import org.lantern.domain.nightcentre.NightWaitlistJoinedEvent;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.nightcentre.RosterSetEvent;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.privacy.SealedText;

/**
 * The night centre's read model: one document per night (its plan and roster), one per booking or waitlist
 * place. Every write is guarded by the event's sequence number in the night's stream, so an event applied twice
 * changes nothing; both collections can be dropped and rebuilt from events. Times that the deadlines query are
 * stored in one fixed-width form, so that comparing the text compares the times.
 */
public class NightReadModel implements NightRecords, BookingRecords {

    public static final String NIGHTS = "night_nights";
    public static final String BOOKINGS = "night_bookings";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private final MongoCollection<Document> nights;
    private final MongoCollection<Document> bookings;

    public NightReadModel(MongoDatabase database) {
        this.nights = database.getCollection(NIGHTS);
        this.bookings = database.getCollection(BOOKINGS);
        indexes();
    }

    void apply(NightPlannedEvent e, long sequence) {
        NightPlan plan = new NightPlan(e.date(), e.opens(), e.closes(), e.restPlaces(), e.releaseAt());
        Document values = new Document("date", e.date().toString()).append("opens", e.opens().toString())
                .append("closes", e.closes().toString()).append("restPlaces", e.restPlaces())
                .append("releaseAt", e.releaseAt().toString()).append("releasesAt", stamp(plan.releasesAt()))
                .append("closesAt", stamp(plan.closesAt()));
        updateNight(e.nightId(), values, sequence);
    }

    void apply(RosterSetEvent e, long sequence) {
        updateNight(e.nightId(), new Document("staff", e.childcareStaff()), sequence);
    }

    void apply(NightPlaceBookedEvent e, long sequence) {
        insertBooking(e.nightId(), e.date(), e.opens(), e.closes(), e.kind(), e.holder(), e.children(),
                BookingStatus.BOOKED, e.bookedAt(), sequence);
    }

    void apply(NightWaitlistJoinedEvent e, long sequence) {
        insertBooking(e.nightId(), e.date(), e.opens(), e.closes(), e.kind(), e.holder(), e.children(),
                BookingStatus.WAITLISTED, e.joinedAt(), sequence);
    }

    /** A change of status, and for an offer its expiry (null clears it). */
    void status(String reference, BookingStatus status, LocalDateTime offerExpiresAt, long sequence) {
        updateBooking(reference, Updates.combine(Updates.set("status", status.code()),
                Updates.set("offerExpiresAt", offerExpiresAt == null ? null : stamp(offerExpiresAt))), sequence);
    }

    void apply(CheckedInEvent e, long sequence) {
        Bson update = Updates.set("status", BookingStatus.CHECKED_IN.code());
        if (e.child() != null) {
            update = Updates.combine(update, Updates.set("children." + (e.child() - 1) + ".in", true));
        }
        updateBooking(e.reference(), update, sequence);
    }

    void apply(CheckedOutEvent e, long sequence) {
        if (e.child() == null) {
            updateBooking(e.reference(), Updates.set("status", BookingStatus.CHECKED_OUT.code()), sequence);
            return;
        }
        Document doc = bookings.find(eq("_id", e.reference())).first();
        if (doc == null || doc.get("seq", Number.class).longValue() >= sequence) {
            return;
        }
        List<Document> children = new ArrayList<>(doc.getList("children", Document.class));
        Document child = children.get(e.child() - 1);
        child.put("in", false);
        child.put("out", true);
        child.put("collectedBy", sealed(e.collectedBy()));
        boolean allOut = children.stream().allMatch(c -> Boolean.TRUE.equals(c.getBoolean("out")));
        updateBooking(e.reference(), Updates.combine(Updates.set("children", children),
                Updates.set("status", (allOut ? BookingStatus.CHECKED_OUT : BookingStatus.CHECKED_IN).code())),
                sequence);
    }

    /** Blanks every personal field of the booking: the pseudonym, its needs, the children's names, who collected them. */
    void apply(PersonalDataErasedEvent e) {
        Document doc = bookings.find(eq("_id", e.reference())).first();
        if (doc == null) {
            return;
        }
        List<Document> children = new ArrayList<>();
        for (Document child : doc.getList("children", Document.class, List.of())) {
            children.add(new Document("band", child.getString("band")).append("in", child.getBoolean("in"))
                    .append("out", child.getBoolean("out")));
        }
        bookings.updateOne(eq("_id", e.reference()), Updates.combine(Updates.unset("pseudonym"), Updates.unset("needs"),
                Updates.set("children", children), Updates.set("erasure",
                        new Document("reason", e.reason().name()).append("at", e.erasedAt().toString()))));
    }

    @Override
    public Optional<NightView> night(LocalDate date) {
        return Optional.ofNullable(nights.find(eq("date", date.toString())).first()).map(NightReadModel::toNight);
    }

    @Override
    public List<NightView> nights(LocalDate from, LocalDate to) {
        List<NightView> found = new ArrayList<>();
        nights.find(and(gte("date", from.toString()), lte("date", to.toString()))).sort(Sorts.ascending("date"))
                .forEach(d -> found.add(toNight(d)));
        return found;
    }

    @Override
    public Optional<NightBookingView> nightBooking(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first()).map(NightReadModel::toNightBooking);
    }

    @Override
    public List<NightBookingView> bookings(String nightId) {
        List<NightBookingView> found = new ArrayList<>();
        bookings.find(eq("nightId", nightId)).sort(Sorts.ascending("order"))
                .forEach(d -> found.add(toNightBooking(d)));
        return found;
    }

    @Override
    public List<BookingView> dueForErasure(LocalDateTime endedBy) {
        List<BookingView> found = new ArrayList<>();
        bookings.find(and(lte("date", endedBy.toLocalDate().toString()),
                        com.mongodb.client.model.Filters.exists("erasure", false)))
                .forEach(d -> found.add(toBooking(d)));
        return found.stream().filter(b -> !b.endsAt().isAfter(endedBy)).toList();
    }

    @Override
    public List<String> nightsWithExpiredOffers(LocalDateTime now) {
        LinkedHashSet<String> due = new LinkedHashSet<>();
        bookings.find(and(eq("status", BookingStatus.OFFERED.code()), lte("offerExpiresAt", stamp(now))))
                .forEach(d -> due.add(d.getString("nightId")));
        return List.copyOf(due);
    }

    @Override
    public List<String> nightsToRelease(LocalDateTime now) {
        List<String> due = new ArrayList<>();
        String at = stamp(now);
        nights.find(and(lte("releasesAt", at), gt("closesAt", at))).forEach(night -> {
            Bson unclaimed = and(eq("nightId", night.getString("_id")), eq("kind", PlaceKind.REST.code()),
                    eq("status", BookingStatus.BOOKED.code()), lt("bookedAt", night.getString("releasesAt")));
            if (bookings.find(unclaimed).first() != null) {
                due.add(night.getString("_id"));
            }
        });
        return due;
    }

    /** The night booking as every service's booking looks: for the holder's look-up, cancellation and erasure. */
    @Override
    public Optional<BookingView> booking(String reference) {
        return Optional.ofNullable(bookings.find(eq("_id", reference)).first()).map(NightReadModel::toBooking);
    }

    /** Drops both collections, so that the projection can rebuild them from the first event. */
    public void drop() {
        nights.drop();
        bookings.drop();
        indexes();
    }

    private void indexes() {
        nights.createIndex(Indexes.ascending("date"));
        bookings.createIndex(Indexes.ascending("nightId"));
        bookings.createIndex(Indexes.ascending("status"));
    }

    private void updateNight(String nightId, Document values, long sequence) {
        Document set = new Document(values).append("seq", sequence);
        if (nights.updateOne(and(eq("_id", nightId), lt("seq", sequence)), new Document("$set", set))
                .getMatchedCount() == 0) {
            // not there yet: create it; there with this or a later sequence: $setOnInsert changes nothing
            if (!set.containsKey("staff")) {
                set.append("staff", List.of());
            }
            nights.updateOne(eq("_id", nightId), new Document("$setOnInsert", set), new UpdateOptions().upsert(true));
        }
    }

    private void insertBooking(String nightId, LocalDate date, LocalTime opens, LocalTime closes, PlaceKind kind,
                               Holder h, List<Child> children, BookingStatus status, LocalDateTime at, long sequence) {
        List<Document> kids = new ArrayList<>();
        for (Child child : children) {
            kids.add(new Document("name", sealed(child.name())).append("band", child.band().code())
                    .append("in", false).append("out", false));
        }
        Bson onInsert = Updates.combine(Updates.setOnInsert("nightId", nightId),
                Updates.setOnInsert("kind", kind.code()), Updates.setOnInsert("service", kind.serviceCode()),
                Updates.setOnInsert("date", date.toString()), Updates.setOnInsert("opens", opens.toString()),
                Updates.setOnInsert("closes", closes.toString()), Updates.setOnInsert("status", status.code()),
                Updates.setOnInsert("secretHash", h.secretHash()), Updates.setOnInsert("subjectId", h.subjectId()),
                Updates.setOnInsert("pseudonym", sealed(h.pseudonym())), Updates.setOnInsert("children", kids),
                Updates.setOnInsert("needs", sealed(h.needs())),
                Updates.setOnInsert("bookedAt", stamp(at)), Updates.setOnInsert("order", sequence),
                Updates.setOnInsert("seq", sequence));
        bookings.updateOne(eq("_id", h.reference()), onInsert, new UpdateOptions().upsert(true));
    }

    private void updateBooking(String reference, Bson update, long sequence) {
        bookings.updateOne(and(eq("_id", reference), lt("seq", sequence)),
                Updates.combine(update, Updates.set("seq", sequence)));
    }

    static String stamp(LocalDateTime time) {
        return STAMP.format(time);
    }

    private static LocalDateTime unstamp(String text) {
        return text == null ? null : LocalDateTime.parse(text, STAMP);
    }

    private static NightView toNight(Document d) {
        return new NightView(d.getString("_id"), LocalDate.parse(d.getString("date")),
                LocalTime.parse(d.getString("opens")), LocalTime.parse(d.getString("closes")),
                d.getInteger("restPlaces"), LocalTime.parse(d.getString("releaseAt")),
                List.copyOf(d.getList("staff", String.class, List.of())));
    }

    private static NightBookingView toNightBooking(Document d) {
        List<NightBookingView.ChildView> children = new ArrayList<>();
        List<Document> kids = d.getList("children", Document.class, List.of());
        for (int i = 0; i < kids.size(); i++) {
            Document c = kids.get(i);
            children.add(new NightBookingView.ChildView(i + 1, toSealed(c.get("name", Document.class)),
                    AgeBand.fromCode(c.getString("band")).orElseThrow(), Boolean.TRUE.equals(c.getBoolean("in")),
                    Boolean.TRUE.equals(c.getBoolean("out")), toSealed(c.get("collectedBy", Document.class))));
        }
        return new NightBookingView(d.getString("_id"), d.getString("nightId"), LocalDate.parse(d.getString("date")),
                PlaceKind.fromCode(d.getString("kind")).orElseThrow(),
                BookingStatus.fromCode(d.getString("status")).orElseThrow(), d.getString("subjectId"),
                toSealed(d.get("pseudonym", Document.class)), List.copyOf(children),
                unstamp(d.getString("offerExpiresAt")), unstamp(d.getString("bookedAt")),
                toSealed(d.get("needs", Document.class)));
    }

    private static BookingView toBooking(Document d) {
        Document erasure = d.get("erasure", Document.class);
        return new BookingView(d.getString("_id"), d.getString("nightId"), d.getString("service"),
                LocalDate.parse(d.getString("date")), LocalTime.parse(d.getString("opens")),
                LocalTime.parse(d.getString("closes")), BookingStatus.fromCode(d.getString("status")).orElseThrow(),
                d.getString("secretHash"), d.getString("subjectId"), toSealed(d.get("pseudonym", Document.class)),
                null, null, false, unstamp(d.getString("bookedAt")),
                erasure == null ? null : new BookingView.Erasure(erasure.getString("reason"),
                        LocalDateTime.parse(erasure.getString("at"))),
                toSealed(d.get("needs", Document.class)), null, List.of());
    }

    private static Document sealed(SealedText text) {
        return text == null ? null
                : new Document("subjectId", text.subjectId()).append("ciphertext", text.ciphertext());
    }

    private static SealedText toSealed(Document d) {
        return d == null ? null : new SealedText(d.getString("subjectId"), d.getString("ciphertext"));
    }
}
