package org.cqfriendship.logistics.registration.confirmation;

import org.bson.Document;
import org.cqfriendship.logistics.registration.delegation.ConfirmationMail;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The confirmations that may still be waiting ({@code confirmations_due}: delegation id and when it is due), so that
 * the mailer's sweep reads this small collection instead of every registration, which the local store answers by
 * reading them all. An entry is written once a registration's event was read and its confirmation was still pending,
 * when a send failed, and when a link is sent again; it goes once the confirmation is sent. An entry about a
 * confirmation sent meanwhile is harmless: the sweep finds it sent and removes it.
 */
class DueConfirmations {

    static final String COLLECTION = "confirmations_due";

    private final MongoTemplate mongo;

    DueConfirmations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Due(@Id String delegationId, Instant dueAt) {
    }

    /** These delegations' confirmations, pending ones by when they are due, in one write. */
    void keep(Map<String, Instant> dueAtById) {
        if (dueAtById.isEmpty()) {
            return;
        }
        BulkOperations due = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        dueAtById.forEach((id, at) -> due.upsert(new Query(Criteria.where("_id").is(id)), new Update().set("dueAt", at)));
        due.execute();
    }

    /** The earliest due by {@code now}, at most {@code limit}. */
    List<String> dueBy(Instant now, int limit) {
        return mongo.find(new Query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit), Due.class, COLLECTION)
                .stream().map(Due::delegationId).toList();
    }

    /** Sent, or nothing to send any more: forgotten, in one write. */
    void forget(Collection<String> ids) {
        if (!ids.isEmpty()) {
            mongo.remove(new Query(Criteria.where("_id").in(ids)), COLLECTION);
        }
    }

    /**
     * Every registration with a pending confirmation, by when it is due: one search of every
     * registration, made once at start for those stored before this collection was kept.
     */
    Map<String, Instant> pendingInRegistrations() {
        Query pending = new Query(Criteria.where("confirmation.status").is(ConfirmationMail.Status.PENDING.name()));
        pending.fields().include("confirmation");
        Map<String, Instant> found = new HashMap<>();
        for (Document registration : mongo.find(pending, Document.class, mongo.getCollectionName(Delegation.class))) {
            Date due = registration.get("confirmation", Document.class).getDate("nextAttemptAt");
            found.put(registration.getString("_id"), due == null ? Instant.EPOCH : due.toInstant());
        }
        return found;
    }
}
