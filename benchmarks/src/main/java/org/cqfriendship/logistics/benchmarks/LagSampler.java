package org.cqfriendship.logistics.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The highest consumer lag seen per group and topic while sampling: the group furthest behind
 * under load is where the pipeline waits.
 */
final class LagSampler implements AutoCloseable {

    private final Admin admin;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private volatile Thread sampler;

    LagSampler(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    void start() {
        highest.clear();
        Thread thread = new Thread(() -> {
            while (sampler == Thread.currentThread()) {
                try {
                    sample();
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // A sample that failed is skipped; the next one counts.
                }
            }
        }, "lag-sampler");
        thread.setDaemon(true);
        sampler = thread;
        thread.start();
    }

    /** Highest lag seen, by "group on topic". */
    Map<String, Long> stop() {
        sampler = null;
        return new TreeMap<>(highest);
    }

    private void sample() throws Exception {
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
            if (!group.groupId().endsWith("-service")) {
                continue; // Kafka's own tools' groups from the baselines
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            Map<String, Long> byTopic = new HashMap<>();
            committed.forEach((partition, offset) -> byTopic.merge(partition.topic(),
                    Math.max(0, ends.get(partition).offset() - (offset == null ? 0 : offset.offset())), Long::sum));
            byTopic.forEach((topic, lag) -> highest.merge(group.groupId() + " on " + topic, lag, Math::max));
        }
    }

    @Override
    public void close() {
        sampler = null;
        admin.close();
    }
}
