package org.lantern.projections.walkin;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.application.walkin.QueueEntry;
import org.lantern.application.walkin.QueueRecords;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.walkin.BookedArrivalQueuedEvent;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.PriorityChangedEvent;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.TicketLeftEvent;
import org.lantern.domain.walkin.TicketReturnedEvent;
import org.lantern.domain.walkin.TicketSeenEvent;
import org.lantern.domain.walkin.TicketStatus;
import org.lantern.domain.walkin.WalkInAddedEvent;

/**
 * The walk-in queues: one document per place (a ticket, or a booking that checked in). Each change is guarded by
 * the queue's sequence number, so an event applied twice changes nothing; the collection can be rebuilt from events.
 */
public class WalkInReadModel implements QueueRecords {

    public static final String ENTRIES = "walkin_entries";

    private final MongoCollection<Document> entries;

    public WalkInReadModel(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        entries.createIndex(Indexes.ascending("queueId"));
        entries.createIndex(Indexes.ascending("codeHash"));
    }

    void apply(WalkInAddedEvent e, long sequence) {
        insert(e.ticketId(), Updates.combine(common(e.queueId(), e.service(), e.date(), e.callNumber(), e.arrival(),
                        e.arrivedAt(), sequence),
                Updates.setOnInsert("priority", e.priority().code()),
                Updates.setOnInsert("reason", e.reason()),
                Updates.setOnInsert("codeHash", e.codeHash()),
                Updates.setOnInsert("pseudonym", e.pseudonym() == null ? null
                        : new Document("subjectId", e.pseudonym().subjectId())
                        .append("ciphertext", e.pseudonym().ciphertext()))));
    }

    void apply(BookedArrivalQueuedEvent e, long sequence) {
        insert(e.ticketId(), Updates.combine(common(e.queueId(), e.service(), e.date(), e.callNumber(), e.arrival(),
                e.arrivedAt(), sequence), Updates.setOnInsert("slotStart", e.slotStart().toString())));
    }

    void apply(PriorityChangedEvent e, long sequence) {
        change(e.ticketId(), sequence, Updates.set("priority", e.priority().code()));
    }

    void apply(TicketCalledEvent e, long sequence) {
        change(e.ticketId(), sequence, Updates.combine(Updates.set("status", TicketStatus.CALLED.code()),
                Updates.set("room", e.room()), Updates.set("clinician", e.clinician()),
                Updates.set("calledAt", e.calledAt().toString())));
    }

    void apply(TicketReturnedEvent e, long sequence) {
        change(e.ticketId(), sequence, Updates.combine(Updates.set("status", TicketStatus.WAITING.code()),
                Updates.unset("room"), Updates.unset("clinician"), Updates.unset("calledAt")));
    }

    void apply(TicketSeenEvent e, long sequence) {
        change(e.ticketId(), sequence, Updates.combine(Updates.set("status", TicketStatus.SEEN.code()),
                Updates.set("seenAt", e.seenAt().toString())));
    }

    void apply(TicketLeftEvent e, long sequence) {
        change(e.ticketId(), sequence, Updates.set("status", TicketStatus.LEFT.code()));
    }

    private void insert(String ticketId, Bson onInsert) {
        entries.updateOne(eq("_id", ticketId), onInsert, new UpdateOptions().upsert(true));
    }

    private static Bson common(String queueId, Service service, LocalDate date, String callNumber, long arrival,
                               LocalDateTime arrivedAt, long sequence) {
        return Updates.combine(Updates.setOnInsert("queueId", queueId),
                Updates.setOnInsert("service", service.code()),
                Updates.setOnInsert("date", date.toString()),
                Updates.setOnInsert("callNumber", callNumber),
                Updates.setOnInsert("arrival", arrival),
                Updates.setOnInsert("arrivedAt", arrivedAt.toString()),
                Updates.setOnInsert("status", TicketStatus.WAITING.code()),
                Updates.setOnInsert("seq", sequence));
    }

    private void change(String ticketId, long sequence, Bson update) {
        entries.updateOne(and(eq("_id", ticketId), lt("seq", sequence)),
                Updates.combine(update, Updates.set("seq", sequence)));
    }

    @Override
    public Optional<QueueEntry> entry(String ticketId) {
        return Optional.ofNullable(entries.find(eq("_id", ticketId)).first()).map(WalkInReadModel::toEntry);
    }

    @Override
    public Optional<QueueEntry> byCodeHash(String codeHash) {
        return Optional.ofNullable(entries.find(eq("codeHash", codeHash)).first()).map(WalkInReadModel::toEntry);
    }

    @Override
    public List<QueueEntry> entries(String queueId) {
        List<QueueEntry> found = new ArrayList<>();
        entries.find(eq("queueId", queueId)).forEach(d -> found.add(toEntry(d)));
        return found;
    }

    @Override
    public List<QueueEntry> namedBefore(LocalDate day) {
        List<QueueEntry> found = new ArrayList<>();
        entries.find(and(lt("date", day.toString()), Filters.ne("pseudonym", null)))
                .forEach(d -> found.add(toEntry(d)));
        return found;
    }

    /** Blanks the pseudonym (its key is already gone); applying it twice is harmless. */
    void apply(PersonalDataErasedEvent e) {
        entries.updateOne(eq("_id", e.reference()), Updates.combine(Updates.unset("pseudonym"),
                Updates.set("erased", e.erasedAt().toString())));
    }

    @Override
    public List<QueueEntry> calledOn(LocalDate date) {
        List<QueueEntry> found = new ArrayList<>();
        entries.find(and(eq("date", date.toString()), eq("status", TicketStatus.CALLED.code())))
                .forEach(d -> found.add(toEntry(d)));
        return found;
    }

    public void drop() {
        entries.drop();
        entries.createIndex(Indexes.ascending("queueId"));
        entries.createIndex(Indexes.ascending("codeHash"));
    }

    private static QueueEntry toEntry(Document d) {
        Document sealed = d.get("pseudonym", Document.class);
        return new QueueEntry(d.getString("_id"), d.getString("queueId"),
                new Service(d.getString("service")), LocalDate.parse(d.getString("date")),
                d.getString("callNumber"), ((Number) d.get("arrival")).longValue(),
                Optional.ofNullable(d.getString("priority")).flatMap(Priority::fromCode).orElse(null),
                time(d.getString("slotStart")), status(d.getString("status")), d.getString("room"),
                d.getString("clinician"), dateTime(d.getString("arrivedAt")), dateTime(d.getString("calledAt")),
                dateTime(d.getString("seenAt")), d.getString("codeHash"),
                sealed == null ? null : new SealedText(sealed.getString("subjectId"), sealed.getString("ciphertext")));
    }

    private static TicketStatus status(String code) {
        for (TicketStatus s : TicketStatus.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("Unknown ticket status in the read model");
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static LocalDateTime dateTime(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }
}
