package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Which alert each recipient is being held for a delegation in the digest window, noted under the
 * recipient and the delegation, so a change that joins it costs two look-ups by id. (Searched for by
 * recipient, delegation, open and hold time, as it was, the local store read every alert for each
 * change: decision 46.) The note is written after the alert; a crash between the two only means
 * that the next change opens an alert of its own.
 */
@Component
class HeldAlerts {

    static final String COLLECTION = "alert_held";

    private final MongoTemplate mongo;

    HeldAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** {@code alert} is now the one its recipient is held for its delegation. */
    void note(Alert alert) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key(alert.coordinatorId(), alert.delegationId()))),
                Update.update("alertId", alert.id()), COLLECTION);
    }

    /** The alert last held for the recipient and delegation (it may have been sent since), or null. */
    Alert last(String recipientId, String delegationId) {
        Document note = mongo.findById(key(recipientId, delegationId), Document.class, COLLECTION);
        return note == null ? null : mongo.findById(note.getString("alertId"), Alert.class);
    }

    /**
     * Adds {@code part} to {@code held} if it is still held at {@code now} and still open (not yet
     * being worded for sending, which closes it first): the alert as it is now, or null if it was not.
     */
    Alert join(Alert held, Alert.Part part, Instant now) {
        if (!held.open() || !held.heldUntil().isAfter(now)) {
            return null;
        }
        // By id and open only: exactly the keys of a unique index, so a look-up on the local store too.
        return mongo.findAndModify(new Query(Criteria.where("_id").is(held.id()).and("open").is(true)),
                new Update().push("parts", part).set("kind", AlertKind.DIGEST.name()),
                FindAndModifyOptions.options().returnNew(true), Alert.class);
    }

    private static String key(String recipientId, String delegationId) {
        return recipientId + " " + delegationId;
    }
}
