package org.cqfriendship.logistics.support.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Whether a document with an id exists, as a find by id: Spring Data's {@code existsById} counts,
 * and the local platform's store answers a count by reading the whole collection (measured: about
 * 40 to 100 ms on 20,000 documents, against 5 ms for the find), which made every new delegation
 * and every alert cost in proportion to those already stored.
 */
public final class IdLookup {

    private IdLookup() {
    }

    public static boolean exists(MongoTemplate mongo, Object id, String collection) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include("_id");
        return mongo.findOne(byId, Document.class, collection) != null;
    }

    public static boolean exists(MongoTemplate mongo, Object id, Class<?> type) {
        return exists(mongo, id, mongo.getCollectionName(type));
    }
}
