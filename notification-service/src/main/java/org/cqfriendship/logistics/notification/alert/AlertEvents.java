package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.support.events.Topics;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.cqfriendship.logistics.support.outbox.OutboxRelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Publishes coordinators' alerts opened and acknowledged on {@value #TOPIC}, keyed by
 * delegation, for the registration-service's desk. The events wait in the outbox of a small
 * document per delegation ({@value #COLLECTION}), so that an alert's writes stay its own (an
 * alert's events would otherwise be pulled from the document its deliveries are written to).
 */
@Component
class AlertEvents {

    static final String TOPIC = "notification.alerts";
    static final String COLLECTION = "delegation_alerts";

    private final MongoTemplate mongo;
    private final OutboxMessages messages;
    private final OutboxRelay relay;

    AlertEvents(MongoTemplate mongo, OutboxMessages messages, OutboxRelay relay) {
        this.mongo = mongo;
        this.messages = messages;
        this.relay = relay;
    }

    /** The events as published (the contract's AlertOpened and AlertAcknowledged). */
    record AlertOpened(String alertId, String delegationId, String coordinatorId, boolean urgent, String kind, Instant openedAt) {
    }

    record AlertAcknowledged(String alertId, String delegationId, String coordinatorId, Instant acknowledgedAt) {
    }

    @Bean
    static KafkaAdmin.NewTopics alertTopicDeclaration() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(TOPIC));
    }

    /** One write for the batch: each delegation's document gets its alerts' events. */
    @EventListener
    void on(AlertFacts.Opening opening) {
        Map<String, List<OutboxMessage>> byDelegation = new LinkedHashMap<>();
        opening.alerts().stream().filter(a -> AlertFacts.forCoordinator(a) && a.delegationId() != null).forEach(a ->
                byDelegation.computeIfAbsent(a.delegationId(), id -> new ArrayList<>()).add(messages.create(TOPIC, a.delegationId(),
                        new AlertOpened(a.id(), a.delegationId(), a.coordinatorId(), a.urgent(), a.kind().name(), a.createdAt()))));
        write(byDelegation);
    }

    @EventListener
    void on(AlertFacts.Acknowledged acknowledged) {
        Alert a = acknowledged.alert();
        if (AlertFacts.forCoordinator(a) && a.delegationId() != null && a.acknowledgement() != null) {
            write(Map.of(a.delegationId(), List.of(messages.create(TOPIC, a.delegationId(),
                    new AlertAcknowledged(a.id(), a.delegationId(), a.coordinatorId(), a.acknowledgement().at())))));
        }
    }

    private void write(Map<String, List<OutboxMessage>> byDelegation) {
        if (byDelegation.isEmpty()) {
            return;
        }
        String stamp = relay.expect(COLLECTION, byDelegation.keySet());
        BulkOperations documents = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byDelegation.forEach((delegationId, events) -> documents.upsert(Query.query(Criteria.where("_id").is(delegationId)),
                new Update().push("outbox").each(events.toArray())));
        documents.execute();
        byDelegation.keySet().forEach(delegationId -> relay.relaySoon(COLLECTION, delegationId, stamp));
    }
}
