package org.cqfriendship.logistics.support.store;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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

    /** Which of these ids have a document, with one query ({@code _id $in}, a look-up by the unique index on any store). */
    public static Set<Object> existing(MongoTemplate mongo, Collection<?> ids, String collection) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query byIds = Query.query(Criteria.where("_id").in(ids));
        byIds.fields().include("_id");
        Set<Object> found = new HashSet<>();
        mongo.find(byIds, Document.class, collection).forEach(document -> found.add(document.get("_id")));
        return found;
    }
}
