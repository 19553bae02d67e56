package org.cqfriendship.logistics.support.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.cqfriendship.logistics.support.events.CloudEvents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads and writes a topic of the test broker as an outside party would. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers, String... topics) {
        this.bootstrapServers = bootstrapServers;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        consumer.subscribe(List.of(topics));
    }

    /** Every record seen so far, polling once more first. */
    public List<ConsumerRecord<String, String>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, String>> records(Predicate<ConsumerRecord<String, String>> filter) {
        return records().stream().filter(filter).toList();
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(String type) {
        return record -> type.equals(CloudEvents.header(record.headers(), CloudEvents.TYPE));
    }

    /**
     * Waits until consumer group {@code groupId} has committed every record now in {@code topic}, i.e.
     * it has processed all of them, however it decided.
     */
    public void awaitConsumed(String groupId, String topic, Duration atMost) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
            });
        }
    }

    /** Publishes a CloudEvent as a producing service would; returns its id. */
    public String publish(String topic, String key, String type, String json) {
        return publish(topic, key, type, json, UUID.randomUUID().toString());
    }

    public String publish(String topic, String key, String type, String json, String eventId) {
        return publish(topic, key, type, json, eventId, Map.of());
    }

    /** With extra headers, such as the {@code traceparent} a producing service's relay adds. */
    public String publish(String topic, String key, String type, String json, String eventId, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        headers.forEach((name, value) -> record.headers().add(name, bytes(value)));
        record.headers().add(CloudEvents.ID, bytes(eventId));
        if (type != null) {
            record.headers().add(CloudEvents.TYPE, bytes(type));
        }
        record.headers().add(CloudEvents.SOURCE, bytes("/test"));
        record.headers().add(CloudEvents.TIME, bytes(Instant.now().toString()));
        record.headers().add(CloudEvents.SPEC_VERSION, bytes("1.0"));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }
}
