package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.events.EventStreamsAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The records every service dead-lettered (topics ending in {@code .DLT}), with why and where they
 * came from, and their replay: the record goes back to its original topic with its key and
 * CloudEvents headers (its body as it was, or as the operator corrected it), and the replay is
 * kept and audited so the list shows it.
 */
@Component
class DeadLetters {

    private static final String SUFFIX = ".DLT";

    private final TopicReader reader;
    private final KafkaTemplate<String, byte[]> kafka;
    private final MongoTemplate mongo;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("unchecked")
    DeadLetters(TopicReader reader, KafkaTemplate<?, ?> kafka, MongoTemplate mongo, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.kafka = (KafkaTemplate<String, byte[]>) kafka;
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    /** A replay done: which dead letter, when, by whom. */
    @Document("dead_letter_replays")
    record Replay(@Id String deadLetter, Instant at, String by, boolean corrected) {
    }

    record DeadLetter(EventView event, @Nullable String reason, @Nullable String originalTopic, @Nullable Integer originalPartition,
                      @Nullable Long originalOffset, @Nullable Replay replay) {
    }

    /** How a dead letter is named in its replay record and the audit log. */
    private static String ref(String topic, int partition, long offset) {
        return topic + ":" + partition + ":" + offset;
    }

    /** Newest first. */
    List<DeadLetter> all() {
        Map<String, Replay> replays = mongo.findAll(Replay.class).stream()
                .collect(Collectors.toMap(Replay::deadLetter, r -> r));
        return reader.readAll(topic -> topic.endsWith(SUFFIX), record -> true).stream()
                .map(record -> deadLetter(record, replays))
                .sorted(Comparator.comparing((DeadLetter d) -> d.event().appendedAt()).reversed())
                .toList();
    }

    /**
     * Sends the dead letter back to its original topic; {@code correctedBody} replaces its body when
     * given. Returns the replay, or empty when there is no such dead letter.
     */
    Optional<Replay> replay(String topic, int partition, long offset, @Nullable String correctedBody, String by) throws Exception {
        List<ConsumerRecord<String, byte[]>> found = reader.readAll(t -> t.equals(topic),
                r -> r.partition() == partition && r.offset() == offset);
        if (found.isEmpty() || !topic.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        ConsumerRecord<String, byte[]> dead = found.get(0);
        String original = header(dead, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        String target = original != null ? original : topic.substring(0, topic.length() - SUFFIX.length());
        boolean corrected = correctedBody != null && !correctedBody.isBlank()
                && !correctedBody.equals(new String(dead.value() == null ? new byte[0] : dead.value(), StandardCharsets.UTF_8));
        byte[] body = corrected && correctedBody != null ? correctedBody.getBytes(StandardCharsets.UTF_8) : dead.value();
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(target, dead.key(), body);
        for (Header h : dead.headers()) {
            if (!h.key().startsWith("kafka_dlt") && !h.key().equals(EventStreamsAutoConfiguration.DEAD_LETTER_REASON)) {
                again.headers().add(h.key(), h.value());
            }
        }
        kafka.send(again).get(10, TimeUnit.SECONDS);
        Replay replay = new Replay(ref(topic, partition, offset), clock.instant(), by, corrected);
        mongo.save(replay);
        audit.record(by, "dead-letter.replayed", replay.deadLetter(), Map.of("to", target, "corrected", String.valueOf(corrected)));
        return Optional.of(replay);
    }

    /** Replays, unchanged, every dead letter not replayed yet; how many went back. */
    int replayAll(String by) throws Exception {
        int replayed = 0;
        for (DeadLetter dead : all()) {
            if (dead.replay() == null
                    && replay(dead.event().topic(), dead.event().partition(), dead.event().offset(), null, by).isPresent()) {
                replayed++;
            }
        }
        return replayed;
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, Map<String, Replay> replays) {
        EventView event = EventView.of(record);
        String reason = header(record, EventStreamsAutoConfiguration.DEAD_LETTER_REASON);
        if (reason == null) {
            reason = header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        }
        Long partition = number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        return new DeadLetter(event, reason, header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), partition == null ? null : partition.intValue(),
                number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET),
                replays.get(ref(record.topic(), record.partition(), record.offset())));
    }

    private static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition (4 bytes) and offset (8 bytes) big-endian. */
    private static @Nullable Long number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            return null;
        }
        byte[] bytes = header.value();
        if (bytes.length == 4) {
            return (long) ByteBuffer.wrap(bytes).getInt();
        }
        return bytes.length == 8 ? Long.valueOf(ByteBuffer.wrap(bytes).getLong()) : null;
    }
}
