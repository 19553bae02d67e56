package org.cqfriendship.logistics.notification.alert;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Finding an inbox and each channel's due deliveries without reading every alert (on MongoDB), and
 * the conditional writes by id (delivered, closed, acknowledged, escalated) by exactly a unique
 * index's keys, which the local store uses too.
 */
@Component
class AlertIndexes implements InitializingBean {

    private final MongoTemplate mongo;

    AlertIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        var indexes = mongo.indexOps(Alert.class);
        indexes.createIndex(new Index("coordinatorId", Sort.Direction.ASC).on("delegationId", Sort.Direction.ASC).named("alert_inbox"));
        for (Channel channel : Channel.values()) {
            String field = "deliveries." + channel.name();
            indexes.createIndex(new Index(field + ".status", Sort.Direction.ASC).on(field + ".nextAttemptAt", Sort.Direction.ASC)
                    .named("alert_due_" + channel.guardName()));
            // Claiming a delivery, and marking it done only while this instance's claim holds, names the
            // alert, the status and the claim: on the local store (which uses an index only when its keys
            // are exactly the query's) this makes it a look-up instead of a search of every alert; on
            // MongoDB the _id index serves it anyway. It replaces the (_id, status) index of before.
            String replaced = "alert_delivery_" + channel.guardName();
            if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(replaced))) {
                try {
                    indexes.dropIndex(replaced);
                } catch (DataAccessException droppedMeanwhile) {
                    // another instance starting at the same moment dropped it first
                }
            }
            indexes.createIndex(new Index("_id", Sort.Direction.ASC).on(field + ".status", Sort.Direction.ASC)
                    .on(field + ".claim", Sort.Direction.ASC).unique().named("alert_claim_" + channel.guardName()));
        }
        indexes.createIndex(new Index("_id", Sort.Direction.ASC).on("open", Sort.Direction.ASC).unique().named("alert_open"));
        // Acknowledging, and escalating, only if nobody acknowledged (or escalated) meanwhile: by exactly these keys.
        indexes.createIndex(new Index("_id", Sort.Direction.ASC).on("acknowledgedAt", Sort.Direction.ASC).unique().named("alert_acknowledged"));
        indexes.createIndex(new Index("_id", Sort.Direction.ASC).on("escalations", Sort.Direction.ASC).on("acknowledgedAt", Sort.Direction.ASC)
                .unique().named("alert_escalation"));
    }
}
