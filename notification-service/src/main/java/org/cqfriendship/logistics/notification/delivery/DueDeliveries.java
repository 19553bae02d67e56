package org.cqfriendship.logistics.notification.delivery;

import org.bson.Document;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.springframework.data.domain.Sort;
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

/**
 * The deliveries still pending, one small document each ({@code deliveries_due}, id
 * {@code <alert>:<channel>}, with the channel and when it is due), so that a dispatcher's sweep
 * reads what is pending instead of searching every alert ever recorded. Written just before the
 * alert (or the fallback delivery) it stands for, and removed just after the delivery is done: a
 * crash between the two leaves an entry whose delivery is done, or whose alert is not there, which
 * the sweep removes. An entry younger than {@link #SETTLING} whose alert is missing is left alone:
 * its alert may be being written.
 */
class DueDeliveries {

    static final String COLLECTION = "deliveries_due";
    static final Duration SETTLING = Duration.ofMinutes(1);

    private final MongoTemplate mongo;

    DueDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Each delivery of these alerts (by alert id, channel → when due) is pending, with one bulk write. */
    void expect(Map<String, Map<Channel, Instant>> due, Instant now) {
        if (due.isEmpty()) {
            return;
        }
        BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        due.forEach((alertId, channels) -> channels.forEach((channel, at) -> entries.upsert(byId(alertId, channel), entry(alertId, channel, at, now))));
        entries.execute();
    }

    /**
     * One bulk write: these alerts' deliveries on {@code channel} are done ({@code at} null) or due
     * again at {@code at} (noted anew if the entry is missing: a delivery pending from before they were kept).
     */
    void update(Channel channel, Map<String, Instant> dueAgain, Instant now) {
        if (dueAgain.isEmpty()) {
            return;
        }
        BulkOperations entries = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        dueAgain.forEach((alertId, at) -> {
            if (at == null) {
                entries.remove(byId(alertId, channel));
            } else {
                entries.upsert(byId(alertId, channel), entry(alertId, channel, at, now));
            }
        });
        entries.execute();
    }

    private static Update entry(String alertId, Channel channel, Instant at, Instant now) {
        return new Update().set("alertId", alertId).set("channel", channel.name()).set("at", Date.from(at)).setOnInsert("since", Date.from(now));
    }

    /** The ids of the alerts with a delivery on {@code channel} due by {@code now}, the earliest first, at most {@code limit}. */
    List<String> dueBy(Channel channel, Instant now, int limit) {
        Query due = new Query(Criteria.where("channel").is(channel.name()).and("at").lte(Date.from(now)))
                .with(Sort.by("at")).limit(limit);
        return mongo.find(due, Document.class, COLLECTION).stream().map(entry -> entry.getString("alertId")).toList();
    }

    /** Removes the entries of these alerts on {@code channel} (their alert is not there), unless they are younger than {@link #SETTLING}. */
    void forgetMissing(Channel channel, Collection<String> alertIds, Instant now) {
        if (alertIds.isEmpty()) {
            return;
        }
        Date settled = Date.from(now.minus(SETTLING));
        List<Object> old = mongo.find(new Query(Criteria.where("_id").in(alertIds.stream().map(id -> id + ":" + channel.name()).toList())),
                        Document.class, COLLECTION).stream()
                .filter(entry -> entry.getDate("since") == null || entry.getDate("since").before(settled)).map(entry -> entry.get("_id")).toList();
        if (!old.isEmpty()) {
            mongo.remove(new Query(Criteria.where("_id").in(old)), COLLECTION);
        }
    }

    private static Query byId(String alertId, Channel channel) {
        return Query.query(Criteria.where("_id").is(alertId + ":" + channel.name()));
    }
}
