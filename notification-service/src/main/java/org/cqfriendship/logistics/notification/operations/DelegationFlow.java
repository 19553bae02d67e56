package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * What happened, across the three services, in time order: the events on any topic, then the
 * alerts they caused, their deliveries and acknowledgements, with the time each step took after
 * the one before. Either everything about one delegation, or exactly one change's chain: the
 * steps that carry its trace id (propagated through the Kafka {@code traceparent} headers).
 */
@Component
class DelegationFlow {

    private final TopicReader reader;
    private final MongoTemplate mongo;

    DelegationFlow(TopicReader reader, MongoTemplate mongo) {
        this.reader = reader;
        this.mongo = mongo;
    }

    /** One step: when, which service, what, its trace, and how long after the step before (null for the first). */
    record Step(Instant at, String service, String what, String detail, @Nullable String traceId, @Nullable Long afterPreviousMillis) {
    }

    /** Everything about a delegation: events keyed by it or naming it, and its alerts. */
    List<Step> ofDelegation(String delegationId) {
        return steps(record -> delegationId.equals(record.key())
                        || (record.value() != null && new String(record.value(), StandardCharsets.UTF_8).contains(delegationId)),
                Criteria.where("delegationId").is(delegationId));
    }

    /** One change's chain: the events and alerts carrying its trace id. */
    List<Step> ofTrace(String traceId) {
        return steps(record -> traceId.equals(EventView.of(record).traceId()), Criteria.where("traceId").is(traceId));
    }

    private List<Step> steps(Predicate<ConsumerRecord<String, byte[]>> events, Criteria alertsWanted) {
        List<Step> steps = new ArrayList<>();
        reader.readAll(topic -> true, events).stream().map(EventView::of)
                .forEach(e -> steps.add(new Step(e.appendedAt(), e.service(), e.type() == null ? "(no type)" : e.type(),
                        e.topic() + " #" + e.partition() + "@" + e.offset() + (e.topic().endsWith(".DLT") ? " (dead letter)" : ""),
                        e.traceId(), null)));
        for (Alert alert : mongo.find(new Query(alertsWanted), Alert.class)) {
            steps.add(new Step(alert.createdAt(), "notification-service", "alert " + alert.kind(),
                    "for " + alert.coordinatorId() + (alert.parts().size() > 1 ? " (" + alert.parts().size() + " changes)" : ""),
                    alert.traceId(), null));
            alert.deliveries().forEach((channel, delivery) -> {
                if (delivery.deliveredAt() != null) {
                    steps.add(new Step(delivery.deliveredAt(), "notification-service", "delivered by " + channel,
                            "to " + alert.coordinatorId() + " after " + delivery.attempts() + " attempt(s)", alert.traceId(), null));
                }
            });
            Alert.Acknowledgement acknowledgement = alert.acknowledgement();
            if (acknowledgement != null) {
                steps.add(new Step(acknowledgement.at(), "notification-service", "acknowledged", "by " + acknowledgement.by(),
                        alert.traceId(), null));
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        List<Step> timed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Long after = i == 0 ? null : Duration.between(steps.get(i - 1).at(), step.at()).toMillis();
            timed.add(new Step(step.at(), step.service(), step.what(), step.detail(), step.traceId(), after));
        }
        return timed;
    }
}
