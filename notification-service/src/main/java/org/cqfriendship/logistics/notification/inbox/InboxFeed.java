package org.cqfriendship.logistics.notification.inbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.WakeupException;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertFacts;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.UngroupedConsumers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Brings every alert recorded or changed on any instance of the service to the inbox pages open
 * on this one. Each instance publishes {@code InboxChanged} (the alert's id, keyed by its inbox)
 * on {@value #TOPIC} when an alert is recorded, joined or acknowledged, and reads the topic from its
 * end outside any consumer group. For the records whose inbox has pages connected here, it reads
 * those alerts in one query and pushes them; the instance that recorded an alert takes the same
 * way, so a page sees the same thing whichever instance serves it.
 *
 * <p>A record is a hint to refresh, not the news: the alert is in the store before it is sent, and
 * a page that missed a hint (a crash between the two, the broker away longer than the producer
 * waits) shows the alert when it is next loaded or its stream reconnects. So the hint is sent
 * directly, not through an outbox, and kept for an hour.
 */
@Component
class InboxFeed implements SmartLifecycle {

    static final String TOPIC = "notification.inbox";
    private static final String TYPE = "InboxChanged";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(InboxFeed.class);

    record InboxChanged(String alertId, boolean joined) {
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaProperties kafkaProperties;
    private final AlertService alerts;
    private final InboxStreams streams;
    private final JsonMapper json;
    private final Clock clock;
    private final String source;
    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;
    private volatile @Nullable Thread reader;

    InboxFeed(KafkaTemplate<String, byte[]> kafka, KafkaProperties kafkaProperties, AlertService alerts, InboxStreams streams,
              JsonMapper json, Clock clock, @Value("${spring.application.name}") String source) {
        this.kafka = kafka;
        this.kafkaProperties = kafkaProperties;
        this.alerts = alerts;
        this.streams = streams;
        this.json = json;
        this.clock = clock;
        this.source = source;
    }

    @Bean
    static NewTopic inboxFeedTopic() {
        return TopicBuilder.name(TOPIC).config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()))
                .build();
    }

    @EventListener
    void on(AlertFacts.Recorded recorded) {
        Alert alert = recorded.alert();
        if (alert.forDelegate()) {
            return; // a delegate is told by email and text, and has no inbox page
        }
        kafka.send(CloudEvents.record(TOPIC, alert.coordinatorId(), TYPE, source, UUID.randomUUID().toString(), clock.instant(),
                        json.writeValueAsString(new InboxChanged(alert.id(), recorded.joined()))))
                .whenComplete((sent, failed) -> {
                    if (failed != null) {
                        log.info("Open inbox pages of {} learn of alert {} when they reload: {}", alert.coordinatorId(), alert.id(),
                                failed.getMessage());
                    }
                });
    }

    private void read() {
        while (reader == Thread.currentThread()) {
            try (KafkaConsumer<String, byte[]> opened = UngroupedConsumers.create(kafkaProperties, "inbox-feed")) {
                consumer = opened;
                List<TopicPartition> partitions = opened.partitionsFor(TOPIC).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                opened.assign(partitions);
                // What was recorded before this instance reads is in the list its pages load.
                opened.seekToEnd(partitions);
                while (reader == Thread.currentThread()) {
                    push(opened.poll(POLL));
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                if (reader != Thread.currentThread()) {
                    return; // stopped while polling
                }
                log.warn("Inbox feed interrupted, reading again in {} s: {}", RETRY.toSeconds(), e.getMessage());
                pause();
            }
        }
    }

    private void push(Iterable<ConsumerRecord<String, byte[]>> records) {
        Map<String, Boolean> joinedById = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() != null && streams.connectedPages(record.key()) > 0) {
                try {
                    InboxChanged changed = json.readValue(record.value(), InboxChanged.class);
                    joinedById.merge(changed.alertId(), changed.joined(), Boolean::logicalAnd);
                } catch (RuntimeException unreadable) {
                    log.warn("Unreadable inbox feed record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                            unreadable.getMessage());
                }
            }
        }
        if (!joinedById.isEmpty()) {
            alerts.findAll(joinedById.keySet()).forEach(alert -> streams.push(alert, joinedById.getOrDefault(alert.id(), false)));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reader = null;
        }
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::read, "inbox-feed");
        thread.setDaemon(true);
        reader = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = reader;
        reader = null;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }
}
