package org.lantern.infra.partners;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.lantern.application.partners.PartnerDirectory;

/** The partner directory in {@code partners}: organisations, by name. */
class MongoPartnerDirectory implements PartnerDirectory {

    static final String COLLECTION = "partners";

    private final MongoCollection<Document> partners;

    MongoPartnerDirectory(MongoDatabase database) {
        this.partners = database.getCollection(COLLECTION);
    }

    @Override
    public List<Partner> all() {
        List<Partner> found = new ArrayList<>();
        partners.find().sort(Sorts.ascending("name")).forEach(d -> {
            Map<String, String> offers = new LinkedHashMap<>();
            d.get("offers", Document.class).forEach((language, text) -> offers.put(language, (String) text));
            found.add(new Partner(d.getString("_id"), d.getString("name"), offers, d.getString("contact"),
                    d.getList("languages", String.class)));
        });
        return found;
    }

    @Override
    public void add(Partner p) {
        partners.insertOne(new Document("_id", p.id()).append("name", p.name())
                .append("offers", new Document(new LinkedHashMap<String, Object>(p.offers())))
                .append("contact", p.contact()).append("languages", p.languages()));
    }

    @Override
    public boolean remove(String id) {
        return partners.deleteOne(eq("_id", id)).getDeletedCount() > 0;
    }
}
