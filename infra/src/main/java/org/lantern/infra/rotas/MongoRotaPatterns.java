package org.lantern.infra.rotas;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.lantern.application.clinic.RotaPatterns;
import org.lantern.application.clinic.Rotas;

/**
 * The kept weekly patterns in {@code rota_patterns}, one document each by id: the shape, the sessions set up, a
 * version and a lease. Every write is on {@code _id} (the embedded store's one fast path); a change is a
 * compare-and-set on the version, so two nodes changing one pattern at once cannot both win.
 */
class MongoRotaPatterns implements RotaPatterns {

    static final String COLLECTION = "rota_patterns";

    private final MongoCollection<Document> rotas;

    MongoRotaPatterns(MongoDatabase database) {
        this.rotas = database.getCollection(COLLECTION);
    }

    @Override
    public void add(Kept rota) {
        rotas.insertOne(shape(new Document("_id", rota.id()), rota).append("sessions", new ArrayList<>())
                .append("created", new Date()));
    }

    @Override
    public Optional<Kept> find(String id) {
        return Optional.ofNullable(rotas.find(eq("_id", id)).first()).map(MongoRotaPatterns::kept);
    }

    @Override
    public List<Kept> all() {
        List<Kept> found = new ArrayList<>();
        rotas.find().sort(Sorts.descending("created")).forEach(d -> found.add(kept(d)));
        return found;
    }

    @Override
    public boolean replace(Kept read, Kept next) {
        Document set = shape(new Document(), next);
        return rotas.updateOne(and(eq("_id", read.id()), eq("version", read.version())), new Document("$set", set))
                .getModifiedCount() > 0;
    }

    @Override
    public void addSession(String id, Made made) {
        rotas.updateOne(eq("_id", id), Updates.push("sessions",
                new Document("sessionId", made.sessionId()).append("date", made.date().toString())));
    }

    private static Document shape(Document d, Kept rota) {
        Rotas.Pattern p = rota.pattern();
        return d.append("service", p.service()).append("site", p.site())
                .append("weekdays", p.weekdays() == null ? List.of() : p.weekdays())
                .append("start", p.start().toString()).append("end", p.end().toString())
                .append("slotMinutes", p.slotMinutes()).append("placesPerSlot", p.placesPerSlot())
                .append("staff", p.staff() == null || p.staff().isBlank() ? null : p.staff().strip())
                .append("from", p.from().toString()).append("weeks", p.weeks())
                .append("cancelledFrom", rota.cancelledFrom() == null ? null : rota.cancelledFrom().toString())
                .append("version", rota.version())
                .append("busyUntil", rota.busyUntil() == null ? null : Date.from(rota.busyUntil()));
    }

    private static Kept kept(Document d) {
        Rotas.Pattern pattern = new Rotas.Pattern(d.getString("service"), d.getString("site"),
                d.getList("weekdays", String.class), LocalTime.parse(d.getString("start")),
                LocalTime.parse(d.getString("end")), d.getInteger("slotMinutes"), d.getInteger("placesPerSlot"),
                d.getString("staff"), LocalDate.parse(d.getString("from")), d.getInteger("weeks"));
        List<Made> sessions = d.getList("sessions", Document.class, List.of()).stream()
                .map(s -> new Made(s.getString("sessionId"), LocalDate.parse(s.getString("date")))).toList();
        String cancelledFrom = d.getString("cancelledFrom");
        Date busyUntil = d.getDate("busyUntil");
        return new Kept(d.getString("_id"), pattern, cancelledFrom == null ? null : LocalDate.parse(cancelledFrom),
                sessions, ((Number) d.get("version")).longValue(), busyUntil == null ? null : busyUntil.toInstant());
    }
}
