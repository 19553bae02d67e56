package org.cqfriendship.logistics.support.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The side collection of documents that may have events waiting ({@code outbox_pending}), so that
 * the relay's sweep reads a few marks, not every document of its collections. A writer marks the
 * documents before it gives them events, so a crash at any point after leaves a mark. The relay
 * removes a mark once the document's events are out, only if no later writer marked it again
 * (each mark carries its writer's stamp).
 */
final class OutboxMarks {

    static final String COLLECTION = "outbox_pending";
    /**
     * How long after its mark a writer's write has surely landed (the store answers or gives up
     * within seconds): only then may a sweep take an empty document's mark away.
     */
    static final Duration SETTLE = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    OutboxMarks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A document marked as having, or about to have, events: by whom ({@code stamp}) and when. */
    record Mark(String collection, Object id, String stamp, Instant at) {
    }

    /** Marks the documents {@code ids} of {@code collection} at {@code at} in one bulk write; answers the writer's stamp. */
    String mark(String collection, Collection<?> ids, Instant at) {
        String stamp = UUID.randomUUID().toString();
        write(collection, ids, stamp, at, false);
        return stamp;
    }

    /**
     * Marks documents found with events nobody marked, as if marked long ago (a sweep relays them at
     * once), in one bulk write; a document a writer has marked meanwhile keeps its writer's mark.
     */
    void markFound(String collection, Collection<?> ids) {
        write(collection, ids, UUID.randomUUID().toString(), Instant.EPOCH, true);
    }

    private void write(String collection, Collection<?> ids, String stamp, Instant at, boolean unlessMarked) {
        if (ids.isEmpty()) {
            return;
        }
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Object id : ids) {
            Update update = new Update().set("collection", collection).set("documentId", id);
            if (unlessMarked) {
                update.setOnInsert("stamp", stamp).setOnInsert("at", Date.from(at));
            } else {
                update.set("stamp", stamp).set("at", Date.from(at));
            }
            marks.upsert(Query.query(Criteria.where("_id").is(key(collection, id))), update);
        }
        marks.execute();
    }

    /** Up to {@code limit} marks of these collections, in no order. */
    List<Mark> some(Collection<String> collections, int limit) {
        Query query = Query.query(Criteria.where("collection").in(collections)).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(mark -> new Mark(mark.getString("collection"), Objects.requireNonNull(mark.get("documentId")),
                        mark.getString("stamp"), mark.getDate("at").toInstant()))
                .toList();
    }

    /** Takes away the marks of these documents that still carry the given stamps, in one bulk write. */
    void clear(String collection, Map<Object, String> stampsById) {
        if (stampsById.isEmpty()) {
            return;
        }
        BulkOperations clears = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        stampsById.forEach((id, stamp) -> clears.remove(Query.query(Criteria.where("_id").is(key(collection, id)).and("stamp").is(stamp))));
        clears.execute();
    }

    private static String key(String collection, Object id) {
        return collection + "/" + id;
    }
}
