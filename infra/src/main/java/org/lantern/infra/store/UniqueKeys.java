package org.lantern.infra.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Claim by unique key: insert a document and learn from a duplicate-key refusal that someone else holds it.
 * One write, and correct on every store (the embedded one honours the unique {@code _id} index).
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** True when the document was inserted; false when one with its {@code _id} exists already. */
    public static boolean insertIfAbsent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
