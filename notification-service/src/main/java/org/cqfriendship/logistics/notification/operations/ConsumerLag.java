package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Consumer lag from Kafka's own AdminClient: for each group, topic and partition, the committed
 * offset against the log end. Sampled every {@code lagSampleEvery} into an in-memory history
 * (total lag per group) for the chart; the history starts again when the service restarts.
 */
@Component
class ConsumerLag extends PollingWorker implements DisposableBean {

    private static final long TIMEOUT_SECONDS = 5;

    private final Admin admin;
    private final OperationsSettings settings;
    private final Clock clock;
    private final ArrayDeque<Sample> history = new ArrayDeque<>();

    ConsumerLag(KafkaAdmin kafkaAdmin, OperationsSettings settings, Clock clock) {
        super("consumer-lag-sampler", settings.lagSampleEvery());
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.settings = settings;
        this.clock = clock;
    }

    record PartitionLag(String group, String topic, int partition, long committed, long end, long lag) {
    }

    /** Total lag per group at one moment. */
    record Sample(Instant at, Map<String, Long> lagByGroup) {
    }

    List<PartitionLag> now() throws Exception {
        List<PartitionLag> lags = new ArrayList<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            committed.forEach((partition, offset) -> {
                ListOffsetsResult.ListOffsetsResultInfo latestOffset = ends.get(partition);
                long end = latestOffset == null ? 0 : latestOffset.offset();
                long at = offset == null ? 0 : offset.offset();
                lags.add(new PartitionLag(group.groupId(), partition.topic(), partition.partition(), at, end, Math.max(0, end - at)));
            });
        }
        lags.sort(Comparator.comparing(PartitionLag::group).thenComparing(PartitionLag::topic).thenComparing(PartitionLag::partition));
        return lags;
    }

    synchronized List<Sample> history() {
        return List.copyOf(history);
    }

    @Override
    protected void poll() {
        try {
            Map<String, Long> byGroup = new TreeMap<>();
            now().forEach(lag -> byGroup.merge(lag.group(), lag.lag(), Long::sum));
            synchronized (this) {
                history.addLast(new Sample(clock.instant(), byGroup));
                while (history.size() > settings.lagSamples()) {
                    history.removeFirst();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not read consumer lag: " + e.getMessage(), e);
        }
    }

    /** Bounded: with the broker already gone, an unbounded close waits for every pending call to time out. */
    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
