package org.cqfriendship.logistics.notification.delegate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The confirmation requests still to send ({@link ContactCheck}), written a batch at a time. */
@Component
public class ContactChecks {

    private final MongoTemplate mongo;

    ContactChecks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One bulk write: each replaces any request for the same member and kind (an older address's). */
    void schedule(List<ContactCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, ContactCheck.class);
        checks.forEach(check -> writes.replaceOne(Query.query(Criteria.where("_id").is(check.id())), check,
                FindAndReplaceOptions.options().upsert()));
        writes.execute();
    }

    /** The member's requests still to send. */
    public List<ContactCheck> of(String memberId) {
        return mongo.find(Query.query(Criteria.where("memberId").is(memberId)), ContactCheck.class);
    }

    /** Up to {@code limit} requests due by {@code now}, oldest first. */
    public List<ContactCheck> due(Instant now, int limit) {
        return mongo.find(new Query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit), ContactCheck.class);
    }

    /** The members' requests, whatever their address: the members were forgotten or erased. */
    void forget(List<String> memberIds) {
        mongo.remove(Query.query(Criteria.where("memberId").in(memberIds)), ContactCheck.class);
    }

    /** Sent (or no longer wanted): removed, unless a newer address replaced it meanwhile. */
    public void done(ContactCheck check) {
        mongo.remove(Query.query(Criteria.where("_id").is(check.id()).and("address").is(check.address())), ContactCheck.class);
    }

    /** Not sent this time: tried again at {@code at}, with why (null while held under a send cap). */
    public void retryAt(ContactCheck check, Instant at, @Nullable String error, boolean counted) {
        Update update = new Update().set("dueAt", at).set("lastError", error);
        if (counted) {
            update.inc("attempts", 1);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(check.id()).and("address").is(check.address())), update, ContactCheck.class);
    }
}
