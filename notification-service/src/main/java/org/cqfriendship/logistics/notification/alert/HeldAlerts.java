package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which alert each recipient is being held for a delegation in the digest window, noted under the
 * recipient and the delegation, so that a batch of changes finds the alerts it joins with two
 * queries by id. (Searched for by recipient, delegation, open and hold time, as it was, the local
 * store read every alert for each change: decision 46.) The note is written just before the alert:
 * a crash between the two leaves a note of an alert that is not there, which the next change
 * passes over (it opens an alert of its own); and a part that joined the alert in its batch and is
 * redelivered after a crash finds itself in it through the note.
 */
@Component
class HeldAlerts {

    static final String COLLECTION = "alert_held";
    /** Which alert each part joined (one it did not open), by part id. */
    static final String JOINED = "alert_joined_parts";

    private final MongoTemplate mongo;

    HeldAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Each of {@code alerts} is now the one its recipient is held for its delegation (one bulk write). */
    void note(Collection<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        BulkOperations notes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        alerts.forEach(alert -> notes.upsert(Query.query(Criteria.where("_id").is(key(alert.coordinatorId(), alert.delegationId()))),
                Update.update("alertId", alert.id())));
        notes.execute();
    }

    /**
     * The alert last held for each recipient and delegation ({@link #key}; it may have been sent
     * since), for those that have one: the notes and then the alerts read with one query each.
     */
    Map<String, Alert> last(Set<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> alertIds = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)
                .forEach(note -> alertIds.put(note.getString("_id"), note.getString("alertId")));
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Alert> alerts = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(alertIds.values())), Alert.class).forEach(alert -> alerts.put(alert.id(), alert));
        Map<String, Alert> last = new HashMap<>();
        alertIds.forEach((key, alertId) -> {
            if (alerts.containsKey(alertId)) {
                last.put(key, alerts.get(alertId));
            }
        });
        return last;
    }

    /** Whether changes may still join {@code held} at {@code now}. */
    boolean stillHeld(Alert held, Instant now) {
        return held.hold().takesChangesAt(now);
    }

    /**
     * Adds each batch of parts to its held alert (by alert id), with one bulk write of writes by
     * id and {@code open} (exactly the keys of a unique index, so look-ups on the local store too),
     * where the alert is still open (not yet being worded for sending, which closes it first).
     * Answers the alerts as they are now with the parts added; an alert missing from the answer
     * was closed meanwhile, and its parts were not added. When some were closed, the alerts are
     * read back (one query) to tell which.
     */
    Map<String, Alert> join(Map<String, List<Alert.Part>> partsByAlert, Map<String, Alert> held) {
        if (partsByAlert.isEmpty()) {
            return Map.of();
        }
        BulkOperations joins = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class);
        partsByAlert.forEach((alertId, parts) -> joins.updateOne(new Query(Criteria.where("_id").is(alertId).and("open").is(true)),
                new Update().push("parts").each(parts.toArray()).set("kind", AlertKind.DIGEST.name())));
        Map<String, Alert> joined = new HashMap<>();
        if (joins.execute().getModifiedCount() == partsByAlert.size()) {
            partsByAlert.forEach((alertId, parts) -> {
                Alert alert = Objects.requireNonNull(held.get(alertId));
                for (Alert.Part part : parts) {
                    alert = alert.joinedBy(part);
                }
                joined.put(alertId, alert);
            });
            return joined;
        }
        mongo.find(Query.query(Criteria.where("_id").in(partsByAlert.keySet())), Alert.class).forEach(alert -> {
            if (alert.hasPart(Objects.requireNonNull(partsByAlert.get(alert.id())).get(0).eventId())) {
                joined.put(alert.id(), alert);
            }
        });
        return joined;
    }

    /**
     * Notes which alert each part is about to join ({@code alertIdsByPart}; one bulk write), before
     * it joins: a crash after the join leaves a note naming the alert that has the part, and the
     * redelivered part is known as told even when another alert is held by then.
     */
    void noteJoined(Map<String, String> alertIdsByPart) {
        if (alertIdsByPart.isEmpty()) {
            return;
        }
        BulkOperations notes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, JOINED);
        alertIdsByPart.forEach((partId, alertId) -> notes.upsert(Query.query(Criteria.where("_id").is(partId)),
                Update.update("alertId", alertId)));
        notes.execute();
    }

    /**
     * The parts among {@code partIds} that joined an alert already: noted, and in the alert their
     * note names. A note whose alert lacks the part is of a crash before the join, and tells
     * nothing. The notes, and only if there are some the alerts, are read with one query each.
     */
    Set<String> joinedAlready(Collection<String> partIds) {
        Map<String, String> alertIds = new HashMap<>();
        Set<String> joined = new HashSet<>();
        Query notes = Query.query(Criteria.where("_id").in(partIds));
        notes.fields().include("alertId");
        mongo.find(notes, Document.class, JOINED).forEach(note -> {
            String alertId = note.getString("alertId");
            if (alertId == null) {
                joined.add(note.getString("_id")); // noted after its join, before notes named their alert
            } else {
                alertIds.put(note.getString("_id"), alertId);
            }
        });
        if (!alertIds.isEmpty()) {
            Map<String, Alert> alerts = new HashMap<>();
            mongo.find(Query.query(Criteria.where("_id").in(alertIds.values())), Alert.class).forEach(alert -> alerts.put(alert.id(), alert));
            alertIds.forEach((partId, alertId) -> {
                Alert alert = alerts.get(alertId);
                if (alert != null && alert.hasPart(partId)) {
                    joined.add(partId);
                }
            });
        }
        return joined;
    }

    /** The note's id: the recipient and the delegation. */
    static String key(String recipientId, @Nullable String delegationId) {
        return recipientId + " " + delegationId;
    }
}
