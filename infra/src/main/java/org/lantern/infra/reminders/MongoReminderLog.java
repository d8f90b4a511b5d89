package org.lantern.infra.reminders;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.lantern.application.reminders.ReminderLog;
import org.lantern.infra.store.UniqueKeys;

/** Sent reminders in {@code reminders_sent}: reference, start, offset and time only. */
class MongoReminderLog implements ReminderLog {

    static final String COLLECTION = "reminders_sent";

    private final MongoCollection<Document> sent;

    MongoReminderLog(MongoDatabase database) {
        this.sent = database.getCollection(COLLECTION);
    }

    @Override
    public boolean claim(String reference, LocalDateTime startsAt, Duration before, LocalDateTime at) {
        return UniqueKeys.insertIfAbsent(sent, new Document("_id", id(reference, startsAt, before))
                .append("reference", reference).append("at", at.toString()));
    }

    @Override
    public void release(String reference, LocalDateTime startsAt, Duration before) {
        sent.deleteOne(eq("_id", id(reference, startsAt, before)));
    }

    @Override
    public List<LocalDateTime> sentFor(String reference) {
        List<LocalDateTime> at = new ArrayList<>();
        sent.find(eq("reference", reference)).forEach(d -> at.add(LocalDateTime.parse(d.getString("at"))));
        return at;
    }

    /** The start is in the key: a booking that moved is reminded of its new time. */
    private static String id(String reference, LocalDateTime startsAt, Duration before) {
        return reference + "/" + before + "/" + startsAt;
    }
}
