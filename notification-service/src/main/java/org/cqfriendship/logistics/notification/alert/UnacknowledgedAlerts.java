package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The urgent alerts that may still need escalating, one small document each
 * ({@code alerts_unacknowledged}, id = the alert's, with when it is next due), so that the
 * escalator reads the ones due instead of searching every alert ever recorded. Written just before
 * the alert; the escalator moves an entry on after each escalation and removes it once its alert is
 * acknowledged or escalated as often as it may be, or is not there (and the entry is older than
 * {@link #SETTLING}: its alert may be being written).
 */
@Component
class UnacknowledgedAlerts {

    static final String COLLECTION = "alerts_unacknowledged";
    static final Duration SETTLING = Duration.ofMinutes(1);

    private static final int NOTED_PER_WRITE = 1_000;

    private final MongoTemplate mongo;
    private final EscalationSettings settings;

    UnacknowledgedAlerts(MongoTemplate mongo, EscalationSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    /** Notes those of {@code alerts} that escalate (urgent, for staff, not a copy for the duty manager), with one bulk write. */
    void expect(Collection<Alert> alerts, Instant now) {
        Map<String, Instant> escalating = new LinkedHashMap<>();
        alerts.stream().filter(a -> a.urgent() && !a.forDelegate() && !a.escalation().isCopy())
                .forEach(alert -> escalating.put(alert.id(), alert.createdAt()));
        note(escalating, now);
    }

    /**
     * Notes every urgent alert for staff that nobody acknowledged and that may escalate again, from before these notes
     * were kept: one search of every alert, at start. Only the ids and creation times are read: whole alerts overflowed
     * the store's largest reply (48 MB) once tens of thousands were unacknowledged, and the search failed at every pass.
     */
    void expectFromBefore(Instant now) {
        Query unacknowledged = new Query(Criteria.where("urgent").is(true).and("acknowledgedAt").is(null).and("escalationOf").is(null)
                .and("forDelegate").ne(true).and("escalations").lt(settings.maxEscalations()));
        unacknowledged.fields().include("_id", "createdAt");
        Map<String, Instant> found = new LinkedHashMap<>();
        mongo.find(unacknowledged, Document.class, mongo.getCollectionName(Alert.class))
                .forEach(alert -> found.put(alert.getString("_id"), alert.getDate("createdAt").toInstant()));
        note(found, now);
    }

    /** An entry for each alert (by id, when it was created) not noted yet, first due {@code after} its creation; 1,000 to a write. */
    private void note(Map<String, Instant> createdAtById, Instant now) {
        List<Map.Entry<String, Instant>> alerts = List.copyOf(createdAtById.entrySet());
        for (int from = 0; from < alerts.size(); from += NOTED_PER_WRITE) {
            BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
            alerts.subList(from, Math.min(alerts.size(), from + NOTED_PER_WRITE)).forEach(alert -> entries.upsert(
                    Query.query(Criteria.where("_id").is(alert.getKey())), new Update().setOnInsert("since", Date.from(now))
                            .setOnInsert("dueAt", Date.from(alert.getValue().plus(settings.after())))));
            entries.execute();
        }
    }

    /** The entries due by {@code now}: the ids of the alerts and when each was noted. */
    List<Document> dueBy(Instant now) {
        return mongo.find(new Query(Criteria.where("dueAt").lte(Date.from(now))), Document.class, COLLECTION);
    }

    /** These alerts are next due at these times (one write). */
    void dueAgain(Map<String, Instant> next) {
        if (next.isEmpty()) {
            return;
        }
        BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        next.forEach((alertId, at) -> entries.updateOne(Query.query(Criteria.where("_id").is(alertId)), new Update().set("dueAt", Date.from(at))));
        entries.execute();
    }

    /** Removes these entries (one write). */
    void forget(Collection<String> alertIds) {
        if (!alertIds.isEmpty()) {
            mongo.remove(new Query(Criteria.where("_id").in(alertIds)), COLLECTION);
        }
    }

    /** Whether an entry whose alert is not there is old enough to be given up. */
    static boolean settled(Document entry, Instant now) {
        Date since = entry.getDate("since");
        return since == null || since.toInstant().isBefore(now.minus(SETTLING));
    }
}
