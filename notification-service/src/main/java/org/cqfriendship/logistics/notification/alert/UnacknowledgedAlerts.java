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
import java.util.List;

/**
 * The urgent alerts that may still need escalating, one small document each
 * ({@code alerts_unacknowledged}, id = the alert's), so that the escalator reads those instead of
 * searching every alert ever recorded. Written just before the alert; the escalator removes an
 * entry once its alert is acknowledged or escalated as often as it may be, or is not there (and the
 * entry is older than {@link #SETTLING}: its alert may be being written).
 */
@Component
class UnacknowledgedAlerts {

    static final String COLLECTION = "alerts_unacknowledged";
    static final Duration SETTLING = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    UnacknowledgedAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Notes those of {@code alerts} that escalate (urgent, for staff, not a copy for the duty manager), with one bulk write. */
    void expect(Collection<Alert> alerts, Instant now) {
        List<Alert> escalating = alerts.stream().filter(a -> a.urgent() && !a.forDelegate() && a.escalationOf() == null).toList();
        if (escalating.isEmpty()) {
            return;
        }
        BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        escalating.forEach(alert -> entries.upsert(Query.query(Criteria.where("_id").is(alert.id())),
                new Update().setOnInsert("since", Date.from(now))));
        entries.execute();
    }

    /** Every entry: the ids of the alerts and when each was noted. */
    List<Document> all() {
        return mongo.findAll(Document.class, COLLECTION);
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
