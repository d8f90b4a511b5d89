package org.lantern.infra.catalogue;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bson.Document;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.infra.store.UniqueKeys;

/**
 * The service catalogue in {@code services}, one document per service under its code ({@code _id}: a code is
 * claimed once, on every node). Numbers are claimed the same way in {@code service_numbers}, so two managers adding
 * at once never share one; a number lost to a refused code is not reused. Every page reads the catalogue, so this
 * keeps a copy, read again after its own writes and at most {@code refreshEvery} after another node's.
 */
class MongoServiceCatalogue implements ServiceCatalogue {

    static final String COLLECTION = "services";
    static final String NUMBERS = "service_numbers";

    private final MongoCollection<Document> services;
    private final MongoCollection<Document> numbers;
    private final Duration refreshEvery;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(List<CatalogueEntry> entries, Instant readAt) {
    }

    MongoServiceCatalogue(MongoDatabase database, Duration refreshEvery, Clock clock) {
        this.services = database.getCollection(COLLECTION);
        this.numbers = database.getCollection(NUMBERS);
        this.refreshEvery = refreshEvery;
        this.clock = clock;
    }

    @Override
    public List<CatalogueEntry> all() {
        Snapshot now = snapshot;
        if (now == null || now.readAt().plus(refreshEvery).isBefore(clock.instant())) {
            now = reload();
        }
        return now.entries();
    }

    /** A new service takes the next free number; an entry that brings its number (the seed's) keeps it. */
    @Override
    public boolean add(CatalogueEntry entry) {
        if (services.find(eq("_id", entry.code())).first() != null) {
            return false;
        }
        int number;
        if (entry.number() > 0) {
            // the seed's own number: two nodes seeding an empty store at once give each service the same one
            number = entry.number();
            UniqueKeys.insertIfAbsent(numbers, new Document("_id", number));
        } else {
            number = all().stream().mapToInt(CatalogueEntry::number).max().orElse(0) + 1;
            while (!UniqueKeys.insertIfAbsent(numbers, new Document("_id", number))) {
                number++;
            }
        }
        boolean added = UniqueKeys.insertIfAbsent(services, toDocument(entry, number));
        reload();
        return added;
    }

    @Override
    public boolean replace(CatalogueEntry entry) {
        Document existing = services.find(eq("_id", entry.code())).first();
        if (existing == null) {
            return false;
        }
        services.replaceOne(eq("_id", entry.code()), toDocument(entry, existing.getInteger("number")));
        reload();
        return true;
    }

    private synchronized Snapshot reload() {
        List<CatalogueEntry> entries = new ArrayList<>();
        services.find().sort(Sorts.ascending("number")).forEach(d -> entries.add(toEntry(d)));
        Snapshot fresh = new Snapshot(List.copyOf(entries), clock.instant());
        snapshot = fresh;
        return fresh;
    }

    private static Document toDocument(CatalogueEntry e, int number) {
        return new Document("_id", e.code()).append("number", number)
                .append("names", new Document(new LinkedHashMap<String, Object>(e.names())))
                .append("kind", e.kind().code()).append("private", e.isPrivate()).append("consent", e.asksConsent())
                .append("roles", List.copyOf(new TreeSet<>(e.roles())));
    }

    private static CatalogueEntry toEntry(Document d) {
        Map<String, String> names = new LinkedHashMap<>();
        d.get("names", Document.class).forEach((language, name) -> names.put(language, (String) name));
        return new CatalogueEntry(new Service(d.getString("_id")), d.getInteger("number"), names,
                ServiceKind.fromCode(d.getString("kind")).orElse(ServiceKind.SLOTS),
                Boolean.TRUE.equals(d.getBoolean("private")), Boolean.TRUE.equals(d.getBoolean("consent")),
                new TreeSet<>(d.getList("roles", String.class)));
    }
}
