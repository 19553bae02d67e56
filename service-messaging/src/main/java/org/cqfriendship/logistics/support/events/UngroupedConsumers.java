package org.cqfriendship.logistics.support.events;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * Consumers outside any consumer group, which assign partitions themselves: they commit nothing
 * and take nothing from a service's own consumption (the operations console's readers, the live
 * inboxes' feed).
 */
public final class UngroupedConsumers {

    private UngroupedConsumers() {
    }

    public static KafkaConsumer<String, byte[]> create(KafkaProperties kafka, String clientIdPrefix) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-" + System.nanoTime());
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
