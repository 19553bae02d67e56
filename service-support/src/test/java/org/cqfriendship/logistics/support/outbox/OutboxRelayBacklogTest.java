package org.cqfriendship.logistics.support.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The backlog as the relay knows it from memory: what writers named and sweeps found, until the
 * broker has it; and the marks that let a sweep find what nobody named without reading the collections.
 */
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
        String stamp = relay.expect("things", List.of("a", "b"));
        write("a");
        write("b");
        relay.relaySoon("things", "a", stamp);
        relay.relaySoon("things", "b", stamp);
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
        assertThat(marks()).as("each mark gone once its document's events were out").isEmpty();
    }

    @Test
    void afterTheStartTheSweepRelaysWhatIsMarkedAndReadsNothingElse() {
        relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("things"), null, Duration.ZERO, Duration.ofSeconds(1)));
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        relay.poll(); // the start's look through the collection, empty yet
        OutboxMarks writers = new OutboxMarks(mongo);
        write("unmarked");
        writers.mark("things", List.of("marked-by-a-writer-that-died"), Instant.now().minusSeconds(10));
        write("marked-by-a-writer-that-died");
        writers.mark("things", List.of("marked-long-ago"), Instant.now().minus(OutboxMarks.SETTLE).minusSeconds(1));
        write("marked-long-ago");

        await().atMost(Duration.ofSeconds(10)).until(() -> {
            relay.poll();
            return outbox("marked-by-a-writer-that-died").isEmpty() && outbox("marked-long-ago").isEmpty();
        });

        assertThat(outbox("unmarked")).as("written without a mark after the start: no sweep reads the collection").hasSize(1);
        assertThat(marks()).as("a mark goes once its writer's write has surely landed").containsExactly("things/marked-by-a-writer-that-died");
    }

    @Test
    void aMarkStaysWhileALaterWriterIsStillWriting() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(mock(SendResult.class)));
        String first = relay.expect("things", List.of("a"));
        write("a");
        relay.expect("things", List.of("a")); // a second writer marked it and has not written yet

        relay.relaySoon("things", "a", first);
        relay.poll();

        assertThat(outbox("a")).isEmpty();
        assertThat(marks()).as("the second writer's mark").containsExactly("things/a");
    }

    @Test
    void aWriterThatWritesAfterThePassReadTheDocumentKeepsItsMarkUntilAPassHasReadWhatItWrote() {
        String first = relay.expect("things", List.of("a"));
        write("a");
        relay.relaySoon("things", "a", first);
        boolean[] secondWriterDone = {false};
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            if (!secondWriterDone[0]) { // while the pass publishes what it read, a second writer marks, writes and names
                secondWriterDone[0] = true;
                String second = relay.expect("things", List.of("a"));
                OutboxMessage later = new OutboxMessage(UUID.randomUUID().toString(), "ThingChanged", "things", "a", "/test", Instant.now(),
                        "{}", null);
                mongo.updateFirst(Query.query(Criteria.where("_id").is("a")), new Update().push("outbox", later), Thing.class);
                relay.relaySoon("things", "a", second);
            }
            return CompletableFuture.completedFuture(mock(SendResult.class));
        });

        relay.poll();

        assertThat(outbox("a")).as("the second writer's event, written after the read").hasSize(1);
        assertThat(marks()).as("its mark stays, whatever becomes of its name").containsExactly("things/a");
        relay.poll();
        assertThat(outbox("a")).isEmpty();
        assertThat(marks()).isEmpty();
    }

    @Test
    void aDocumentNobodyNamedCountsOnceTheSweepFindsIt() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.failedFuture(new IllegalStateException("broker away")));
        write("left-by-a-crash");
        assertThat(relay.backlog().documents()).isZero();

        relay.poll();

        assertThat(relay.backlog().documents()).isEqualTo(1);
    }

    @Test
    void aPassWaitsForTheProducersAnswerPastItsOwnLeastWaitSoThatItNeverSendsAnEventAgainWhileTheFirstSendIsOnItsWay() {
        @SuppressWarnings("unchecked")
        ProducerFactory<String, byte[]> producers = mock(ProducerFactory.class);
        when(producers.getConfigurationProperties()).thenReturn(Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "3000"));
        when(kafka.getProducerFactory()).thenReturn(producers);
        relay = new OutboxRelay(mongo, kafka, new OutboxProperties(List.of("things"), null, Duration.ofHours(1), Duration.ofMillis(200)));
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> CompletableFuture.supplyAsync(() -> (SendResult<String, byte[]>) null,
                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS)));
        String stamp = relay.expect("things", List.of("a"));
        write("a");
        relay.relaySoon("things", "a", stamp);

        relay.poll();

        assertThat(outbox("a")).as("acknowledged after 1 s: past the relay's 200 ms, within the producer's 3 s").isEmpty();
        assertThat(relay.backlog().documents()).isZero();
    }

    @Test
    void aPassWaitsTheProducersDeliveryTimeoutAndAMarginOrKafkasDefaultWhenNoneIsSet() {
        @SuppressWarnings("unchecked")
        ProducerFactory<String, byte[]> producers = mock(ProducerFactory.class);
        when(producers.getConfigurationProperties()).thenReturn(Map.of(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000"));
        assertThat(OutboxRelay.answersWithin(producers, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(32));
        assertThat(OutboxRelay.answersWithin(producers, Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));

        when(producers.getConfigurationProperties()).thenReturn(Map.of());
        assertThat(OutboxRelay.answersWithin(producers, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(122));
        assertThat(OutboxRelay.answersWithin(null, Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
    }

    private List<org.bson.Document> outbox(String id) {
        return mongo.findById(id, org.bson.Document.class, "things").getList("outbox", org.bson.Document.class);
    }

    private List<String> marks() {
        return mongo.findAll(org.bson.Document.class, OutboxMarks.COLLECTION).stream().map(mark -> mark.getString("_id")).toList();
    }

    private void write(String id) {
        OutboxMessage event = new OutboxMessage(UUID.randomUUID().toString(), "ThingChanged", "things", id, "/test", Instant.now(), "{}", null);
        mongo.insert(new Thing(id, id, null, List.of(event)));
    }
}
