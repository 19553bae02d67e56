package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.cqfriendship.logistics.support.web.ServerSentEvents;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every topic, live: one reader outside any consumer group, started when the first console opens
 * the tail and stopped when the last one leaves, sends each new record to the open tails whose
 * filters it passes, rendered as a table row over server-sent events. New topics are picked up
 * within {@value #REFRESH_SECONDS} seconds.
 */
@Component
class LiveTail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveTail.class);
    private static final long REFRESH_SECONDS = 15;
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    record Filter(String delegation, String type, String service) {
    }

    private record Watcher(SseEmitter emitter, Filter filter, Locale locale) {
    }

    private final TopicReader reader;
    private final TemplateEngine templates;
    private final ServerSentEvents streams;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private volatile @Nullable Thread thread;

    LiveTail(TopicReader reader, TemplateEngine templates, ServerSentEvents streams) {
        this.reader = reader;
        this.templates = templates;
        this.streams = streams;
    }

    SseEmitter watch(Filter filter, Locale locale) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        streams.opened(emitter, new Watcher(emitter, filter, locale), watchers,
                SseEmitter.event().comment("tailing").reconnectTime(5000));
        startIfIdle();
        return emitter;
    }

    int watching() {
        return watchers.size();
    }

    private synchronized void startIfIdle() {
        if (thread == null || !thread.isAlive()) {
            Thread tail = new Thread(this::run, "live-tail");
            tail.setDaemon(true);
            thread = tail;
            tail.start();
        }
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> consumer = reader.consumer()) {
            Set<TopicPartition> assigned = new HashSet<>();
            Instant refreshAt = Instant.EPOCH;
            while (thread == Thread.currentThread() && !watchers.isEmpty()) {
                if (Instant.now().isAfter(refreshAt)) {
                    Set<TopicPartition> now = new HashSet<>(TopicReader.partitions(consumer, topic -> true));
                    if (!now.equals(assigned)) {
                        Set<TopicPartition> added = new HashSet<>(now);
                        added.removeAll(assigned);
                        consumer.assign(now);
                        // Topics seen from the start of the tail begin at their end; topics created later from their start.
                        // (An empty collection would mean "every assigned partition" to Kafka, so each call gets its own.)
                        if (assigned.isEmpty()) {
                            consumer.seekToEnd(now);
                        } else if (!added.isEmpty()) {
                            consumer.seekToBeginning(added);
                        }
                        assigned = now;
                    }
                    refreshAt = Instant.now().plusSeconds(REFRESH_SECONDS);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    send(EventView.of(record));
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live tail stopped: {}", e.getMessage());
        } finally {
            synchronized (this) {
                if (thread == Thread.currentThread()) {
                    thread = null;
                }
            }
        }
    }

    private void send(EventView event) {
        for (Watcher watcher : watchers) {
            if (!event.matches(watcher.filter().delegation(), watcher.filter().type(), watcher.filter().service())) {
                continue;
            }
            Context context = new Context(watcher.locale(), Map.of("event", event));
            String html = templates.process("operations/tail-row", Set.of("row"), context).replace("\n", "&#10;");
            try {
                watcher.emitter().send(SseEmitter.event().name("event").data(html));
            } catch (IOException | IllegalStateException e) {
                watcher.emitter().completeWithError(e);
            }
        }
    }

    @Override
    public void destroy() {
        thread = null;
        watchers.forEach(watcher -> watcher.emitter().complete());
    }
}
