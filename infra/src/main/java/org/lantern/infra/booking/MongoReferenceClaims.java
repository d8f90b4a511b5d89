package org.lantern.infra.booking;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.lantern.application.booking.ReferenceClaims;
import org.lantern.infra.store.UniqueKeys;

/** Booking references claimed once and for all, in {@code booking_references}: the reference alone. */
class MongoReferenceClaims implements ReferenceClaims {

    static final String COLLECTION = "booking_references";

    private final MongoCollection<Document> claims;

    MongoReferenceClaims(MongoDatabase database) {
        this.claims = database.getCollection(COLLECTION);
    }

    @Override
    public boolean claim(String reference) {
        return UniqueKeys.insertIfAbsent(claims, new Document("_id", reference));
    }

    @Override
    public void release(String reference) {
        claims.deleteOne(eq("_id", reference));
    }
}
