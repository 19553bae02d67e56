package org.cqfriendship.logistics.benchmarks;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each delegation's coordinator was told, found by id: a consumer of its own reads the
 * itinerary-service's events (their ids are the ids of the alert parts they become), and the
 * alerts are looked up by those ids, or, for a change that joined a held alert, through the
 * held-alert note of the coordinator and the delegation. A search of the alerts would read every
 * alert on the local store while holding the collection the notification-service writes to,
 * slowing down what is being measured, and more so as alerts pile up.
 */
final class InboxWatch implements AutoCloseable {

    private static final String TOPIC = "itinerary.itineraries";
    private static final int CHUNK = 1_000;

    /** An event about a delegation, and when the broker appended it. */
    private record Event(String eventId, Instant appendedAt) {
    }

    private final String recipient;
    private final MongoCollection<Document> alerts;
    private final MongoCollection<Document> joined;
    private final MongoCollection<Document> heldNotes;
    private final Map<String, List<Event>> events = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile boolean reading = true;
    private final Thread reader;

    InboxWatch(String bootstrap, MongoDatabase notification, String recipient) {
        this.recipient = recipient;
        this.alerts = notification.getCollection("alerts");
        this.joined = notification.getCollection("alert_joined_parts");
        this.heldNotes = notification.getCollection("alert_held");
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.reader = new Thread(this::read, "inbox-watch");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        while (reading) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                Header id = record.headers().lastHeader("ce_id");
                if (record.key() != null && id != null) {
                    events.computeIfAbsent(record.key(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(new Event(new String(id.value(), StandardCharsets.UTF_8), Instant.ofEpochMilli(record.timestamp())));
                }
            }
        }
        consumer.close();
    }

    /** When each delegation's first change after {@code after} was in its coordinator's inbox, waiting until all have one. */
    Map<String, Instant> firstToldAfter(Collection<String> delegationIds, Instant after, Duration timeout) throws InterruptedException {
        Map<String, Instant> first = new HashMap<>();
        Set<String> waiting = new HashSet<>(delegationIds);
        Instant deadline = Instant.now().plus(timeout);
        // The broker's clock and ours are the same machine's; a second of slack keeps an event appended just before `after`.
        Instant since = after.minusSeconds(1);
        while (!waiting.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(waiting.size() + " of " + delegationIds.size() + " registrations got no alert within " + timeout);
            }
            Map<String, String> delegationOf = new HashMap<>();
            for (String delegationId : waiting) {
                List<Event> about = events.getOrDefault(delegationId, List.of());
                synchronized (about) {
                    about.stream().filter(e -> !e.appendedAt().isBefore(since)).forEach(e -> delegationOf.put(e.eventId(), delegationId));
                }
            }
            List<String> eventIds = new ArrayList<>(delegationOf.keySet());
            for (int from = 0; from < eventIds.size(); from += CHUNK) {
                List<String> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + CHUNK));
                told(alerts.find(Filters.in("_id", chunk)), delegationOf, after, first);
                Set<String> joinedParts = new HashSet<>();
                joined.find(Filters.in("_id", chunk)).forEach(part -> joinedParts.add(part.getString("_id")));
                if (!joinedParts.isEmpty()) {
                    List<String> notes = joinedParts.stream().map(delegationOf::get).distinct().map(d -> recipient + " " + d).toList();
                    List<String> heldIds = new ArrayList<>();
                    heldNotes.find(Filters.in("_id", notes)).forEach(note -> heldIds.add(note.getString("alertId")));
                    told(alerts.find(Filters.in("_id", heldIds)), delegationOf, after, first);
                }
            }
            waiting.removeAll(first.keySet());
            if (!waiting.isEmpty()) {
                Thread.sleep(250);
            }
        }
        return first;
    }

    /** Each part of these alerts that one of the events became: when it was put in the inbox, if after {@code after}. */
    private static void told(Iterable<Document> found, Map<String, String> delegationOf, Instant after, Map<String, Instant> first) {
        for (Document alert : found) {
            for (Document part : alert.getList("parts", Document.class)) {
                String delegationId = delegationOf.get(part.getString("eventId"));
                Date at = part.getDate("at");
                if (delegationId != null && at != null && at.toInstant().isAfter(after)) {
                    first.merge(delegationId, at.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        reading = false;
        reader.join(5_000);
    }
}
