package org.lantern.ui.clinic;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Six characters of 31 symbols give about 887 million references: enough that a clash is rare, not enough
 * that it never happens over years. Each day's aggregate only knows its own bookings, so a reference is
 * claimed here, once and for all days, before it is used. The claim holds no personal data.
 */
@Component
class BookingReferences {

    static final String COLLECTION = "booking_references";
    private static final int ATTEMPTS = 10;

    private final MongoCollection<Document> claims;
    private final BookingCodes codes;

    BookingReferences(MongoDatabase lanternDatabase, BookingCodes codes) {
        this.claims = lanternDatabase.getCollection(COLLECTION);
        this.codes = codes;
    }

    String claimNew() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String reference = codes.reference();
            try {
                claims.insertOne(new Document("_id", reference));
                return reference;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("No free booking reference after " + ATTEMPTS + " attempts");
    }

    void release(String reference) {
        claims.deleteOne(eq("_id", reference));
    }
}
