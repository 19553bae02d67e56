package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.cqfriendship.logistics.support.events.UngroupedConsumers;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads topics directly, outside any consumer group (nothing is committed, no service's
 * consumption is touched): whole topics from the start for dead letters and a delegation's flow,
 * or from now on for the live tail.
 */
@Component
class TopicReader {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    private final KafkaProperties kafka;

    TopicReader(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    KafkaConsumer<String, byte[]> consumer() {
        return UngroupedConsumers.create(kafka, "operations-console");
    }

    /** Every partition of the topics {@code which} accepts (internal topics left out). */
    static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, Predicate<String> which) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> topic : consumer.listTopics().entrySet()) {
            if (!topic.getKey().startsWith("__") && which.test(topic.getKey())) {
                topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return partitions;
    }

    /** Every record now on the topics {@code which} accepts, that {@code keep} accepts, oldest first per partition. */
    List<ConsumerRecord<String, byte[]>> readAll(Predicate<String> which, Predicate<ConsumerRecord<String, byte[]>> keep) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, which);
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_LIMIT);
            while (!caughtUp(consumer, ends) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (keep.test(record)) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
