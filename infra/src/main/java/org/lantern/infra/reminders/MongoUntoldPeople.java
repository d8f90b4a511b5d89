package org.lantern.infra.reminders;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.lantern.application.reminders.UntoldPeople;

/** Who could not be told of a change, in {@code untold_people}: reference, service, time and why; nothing personal. */
class MongoUntoldPeople implements UntoldPeople {

    static final String COLLECTION = "untold_people";

    private final MongoCollection<Document> untold;

    MongoUntoldPeople(MongoDatabase database) {
        this.untold = database.getCollection(COLLECTION);
    }

    @Override
    public void record(Untold u) {
        untold.replaceOne(eq("_id", u.reference()), new Document("_id", u.reference()).append("service", u.service())
                .append("startsAt", u.startsAt().toString()).append("why", u.why().name())
                .append("at", u.at().toString()), new ReplaceOptions().upsert(true));
    }

    @Override
    public List<Untold> since(LocalDate from) {
        List<Untold> found = new ArrayList<>();
        untold.find(gte("startsAt", from.toString())).sort(Sorts.ascending("startsAt"))
                .forEach(d -> found.add(new Untold(d.getString("_id"), d.getString("service"),
                        LocalDateTime.parse(d.getString("startsAt")), Why.valueOf(d.getString("why")),
                        LocalDateTime.parse(d.getString("at")))));
        return found;
    }
}
