package org.cqfriendship.logistics.support.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The backlog as the relay knows it from memory: what writers named and sweeps found, until the broker has it. */
class OutboxRelayBacklogTest {

    @org.springframework.data.mongodb.core.mapping.Document("things")
    record Thing(@Id String id, String name, @Version Long version, List<OutboxMessage> outbox) {
    }

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;
    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private OutboxRelay relay;

    @BeforeEach
    void relay() {
        database = InMemoryMongo.freshDatabase("relay");
        mongo = database.mongo();
        relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("things"), null, Duration.ofHours(1), Duration.ofSeconds(1)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNamedDocumentWaitsUntilItsEventsAreOutAndOneTheBrokerRefusedKeepsWaiting() {
        write("a");
        write("b");
        relay.relaySoon("things", "a");
        relay.relaySoon("things", "b");
        assertThat(relay.backlog().documents()).isEqualTo(2);
        assertThat(relay.backlog().oldestSince()).isNotNull();

        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> ((ProducerRecord<?, ?>) call.getArgument(0)).key().equals("b")
                ? CompletableFuture.failedFuture(new IllegalStateException("broker away"))
                : CompletableFuture.completedFuture(mock(SendResult.class)));
        relay.poll();

        assertThat(relay.backlog().documents()).as("b's event is still waiting").isEqualTo(1);
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        relay.poll();
        assertThat(relay.backlog()).isEqualTo(new OutboxRelay.Backlog(0, null));
    }

    @Test
    void aDocumentNobodyNamedCountsOnceTheSweepFindsIt() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("broker away")));
        write("left-by-a-crash");
        assertThat(relay.backlog().documents()).isZero();

        relay.poll();

        assertThat(relay.backlog().documents()).isEqualTo(1);
    }

    private void write(String id) {
        OutboxMessage event = new OutboxMessage(UUID.randomUUID().toString(), "ThingChanged", "things", id, "/test", Instant.now(), "{}", null);
        mongo.insert(new Thing(id, id, null, List.of(event)));
    }
}
