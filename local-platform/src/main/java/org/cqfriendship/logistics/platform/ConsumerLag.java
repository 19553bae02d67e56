package org.cqfriendship.logistics.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** How far the services' consumer groups are behind, read from the broker (committed offsets against log ends). */
public final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Records not yet committed, by "group on topic", for every group of a service ({@code *-service}). */
    public static Map<String, Long> byGroupAndTopic(Admin admin) throws Exception {
        Map<String, Long> lag = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
            if (!group.groupId().endsWith("-service")) {
                continue; // Kafka's own tools' groups, the operations console's readers
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            committed.forEach((partition, offset) -> lag.merge(group.groupId() + " on " + partition.topic(),
                    Math.max(0, ends.get(partition).offset() - (offset == null ? 0 : offset.offset())), Long::sum));
        }
        return lag;
    }
}
