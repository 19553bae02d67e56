package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything that happened to one delegation, across the three services, in time order: each event
 * on any topic that is about it (keyed by it, or naming it), then each alert about it, its
 * deliveries and its acknowledgement, with the time each step took after the one before.
 */
@Component
class DelegationFlow {

    private final TopicReader reader;
    private final MongoTemplate mongo;

    DelegationFlow(TopicReader reader, MongoTemplate mongo) {
        this.reader = reader;
        this.mongo = mongo;
    }

    /** One step: when, which service, what, and how long after the step before (null for the first). */
    record Step(Instant at, String service, String what, String detail, Long afterPreviousMillis) {
    }

    List<Step> of(String delegationId) {
        List<Step> steps = new ArrayList<>();
        reader.readAll(topic -> true, record -> delegationId.equals(record.key())
                        || (record.value() != null && new String(record.value(), java.nio.charset.StandardCharsets.UTF_8).contains(delegationId)))
                .stream().map(EventView::of)
                .forEach(e -> steps.add(new Step(e.appendedAt(), e.service(), e.type() == null ? "(no type)" : e.type(),
                        e.topic() + " #" + e.partition() + "@" + e.offset() + (e.topic().endsWith(".DLT") ? " (dead letter)" : ""), null)));
        for (Alert alert : mongo.find(new Query(Criteria.where("delegationId").is(delegationId)), Alert.class)) {
            steps.add(new Step(alert.createdAt(), "notification-service", "alert " + alert.kind(),
                    "for " + alert.coordinatorId() + (alert.parts().size() > 1 ? " (" + alert.parts().size() + " changes)" : ""), null));
            alert.deliveries().forEach((channel, delivery) -> {
                if (delivery.deliveredAt() != null) {
                    steps.add(new Step(delivery.deliveredAt(), "notification-service", "delivered by " + channel,
                            "to " + alert.coordinatorId() + " after " + delivery.attempts() + " attempt(s)", null));
                }
            });
            if (alert.acknowledgedAt() != null) {
                steps.add(new Step(alert.acknowledgedAt(), "notification-service", "acknowledged", "by " + alert.acknowledgedBy(), null));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        List<Step> timed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Long after = i == 0 ? null : Duration.between(steps.get(i - 1).at(), step.at()).toMillis();
            timed.add(new Step(step.at(), step.service(), step.what(), step.detail(), after));
        }
        return timed;
    }
}
