package org.lantern.infra.sites;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.lantern.application.sites.SiteDirectory;

/**
 * The site directory in {@code sites}, one document per site, {@code _id} its code: two managers (or two nodes
 * seeding on a fresh start) adding one code leave one site, since the store refuses a second document of an id.
 */
class MongoSiteDirectory implements SiteDirectory {

    static final String COLLECTION = "sites";

    private final MongoCollection<Document> sites;

    MongoSiteDirectory(MongoDatabase database) {
        this.sites = database.getCollection(COLLECTION);
    }

    @Override
    public List<Site> all() {
        List<Site> found = new ArrayList<>();
        sites.find().sort(Sorts.ascending("_id")).forEach(d -> found.add(toSite(d)));
        return found;
    }

    @Override
    public Optional<Site> find(String code) {
        return Optional.ofNullable(sites.find(eq("_id", code)).first()).map(MongoSiteDirectory::toSite);
    }

    @Override
    public boolean add(Site site) {
        try {
            sites.insertOne(toDocument(site));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(Site site) {
        return sites.replaceOne(eq("_id", site.code()), toDocument(site)).getMatchedCount() > 0;
    }

    @Override
    public boolean remove(String code) {
        return sites.deleteOne(eq("_id", code)).getDeletedCount() > 0;
    }

    private static Document toDocument(Site s) {
        return new Document("_id", s.code()).append("kind", s.kind())
                .append("names", new Document(new LinkedHashMap<String, Object>(s.names())))
                .append("address", s.address())
                .append("hours", s.hours().stream().map(h -> new Document("day", h.day().name())
                        .append("opens", h.opens().toString()).append("closes", h.closes().toString())).toList())
                .append("stops", s.stops().stream().map(t -> new Document("day", t.day().name())
                        .append("start", t.start().toString()).append("end", t.end().toString())
                        .append("where", t.where())).toList());
    }

    private static Site toSite(Document d) {
        Map<String, String> names = new LinkedHashMap<>();
        d.get("names", Document.class).forEach((language, name) -> names.put(language, (String) name));
        List<Hours> hours = d.getList("hours", Document.class, List.of()).stream().map(h -> new Hours(
                DayOfWeek.valueOf(h.getString("day")), LocalTime.parse(h.getString("opens")),
                LocalTime.parse(h.getString("closes")))).toList();
        List<Stop> stops = d.getList("stops", Document.class, List.of()).stream().map(t -> new Stop(
                DayOfWeek.valueOf(t.getString("day")), LocalTime.parse(t.getString("start")),
                LocalTime.parse(t.getString("end")), t.getString("where"))).toList();
        return new Site(d.getString("_id"), d.getString("kind"), names, d.getString("address"), hours, stops);
    }
}
