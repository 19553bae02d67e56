package org.cqfriendship.logistics.support.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.bson.Document;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.SendResult;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the events waiting in the {@code outbox} arrays of the configured collections, in
 * order per document, then pulls exactly the published ones out of the arrays. A crash between
 * the two steps publishes an event again with the same id, which consumers ignore.
 * <p>
 * A pass works on a batch: it reads the named documents of a collection with one query
 * ({@code _id $in}), hands every event of the batch to the producer without waiting, waits once
 * for all the acknowledgements, and pulls what the broker acknowledged with one bulk write per
 * collection. The producer keeps each partition's records in order (idempotence), and a
 * document's events are pulled only up to its first failure, so its later events wait for it and
 * go out again after it, whatever the broker took meanwhile (consumers drop the repeats).
 * <p>
 * Writers mark the documents they are about to give events ({@link #expect}), then name them
 * once written ({@link #relaySoon}), and the relay reads exactly those by id: the cost of a write
 * does not grow with the collection. Once a document's events are out, its mark goes. Every
 * {@code sweepInterval} a sweep reads the marks left over (a writer crashed after its mark, an
 * instance died, the broker refused) and relays their documents: it reads those few, never the
 * collections. Only at start does it look through the collections once, for events written
 * without a mark (before marks existed), and marks what it finds.
 */
public class OutboxRelay extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Documents read, sent and marked per round: one query and one bulk write per collection each. */
    static final int BATCH = 500;
    /** A mark younger than this is its writer's to name: the sweep leaves it alone. */
    private static final Duration NAMED_WITHIN = Duration.ofSeconds(5);
    /** The producer's own delivery timeout when none is configured (Kafka's default). */
    private static final Duration KAFKA_DELIVERY_TIMEOUT = Duration.ofMinutes(2);
    /** Past the producer's delivery timeout, by when it has surely answered every send. */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(2);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final Duration answersWithin;
    private final Set<Pending> named = new LinkedHashSet<>();
    /** The stamp of the newest mark of each named document: a pass that took its name clears the mark only if it still has that stamp. */
    private final Map<Pending, String> stamps = new ConcurrentHashMap<>();
    /** Documents with events not yet on the broker, and since when: named by a writer or found by a sweep, until all are out. */
    private final Map<Pending, Instant> waiting = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final SweepPacing sweeps;
    private final OutboxMarks marks;
    /** Where the start's look through each collection has got to (by id), and the collections it has seen whole. */
    private final Map<String, Object> scannedUpTo = new HashMap<>();
    private final Set<String> scanned = new HashSet<>();

    /** A document with events waiting. */
    private record Pending(String collection, Object id) {
    }

    /** One event handed to the producer, and the broker's answer to come. */
    private record Sending(String eventId, String type, CompletableFuture<SendResult<String, byte[]>> answer) {
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties) {
        super("outbox-relay", properties.pollInterval());
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.answersWithin = answersWithin(kafka.getProducerFactory(), properties.sendTimeout());
        this.sweeps = new SweepPacing(properties.sweepInterval(), clock);
        this.marks = new OutboxMarks(mongo);
    }

    /**
     * Marks documents of {@code collection} that are about to get events, in one write, before
     * they are written: a sweep finds them whatever happens next. Answers the stamp to name them
     * with once written.
     */
    public String expect(String collection, Collection<?> ids) {
        return marks.mark(collection, ids, clock.instant());
    }

    /** Asks for the events just written into this document (marked with {@code stamp}) to be published at once. */
    public void relaySoon(String collection, Object id, String stamp) {
        Pending pending = new Pending(collection, id);
        stamps.put(pending, stamp);
        waiting.putIfAbsent(pending, clock.instant());
        synchronized (named) {
            named.add(pending);
        }
        wakeUp();
    }

    /** What this relay knows to be waiting: documents with events not yet published, and since when the oldest waits. */
    public record Backlog(int documents, @Nullable Instant oldestSince) {
    }

    /**
     * The backlog as this relay knows it, from memory: what writers here named and what its sweeps
     * found, until published. Events another instance wrote count once a sweep here finds them.
     */
    public Backlog backlog() {
        return new Backlog(waiting.size(), waiting.values().stream().min(Instant::compareTo).orElse(null));
    }

    /** Publishes what was named since the last pass, and everything pending when a sweep is due. */
    @Override
    protected void poll() {
        List<Pending> due;
        // The stamps as named before the documents are read: a writer naming a document later may have
        // written after the read, and its mark must stay until a pass has read what it wrote (decision 105).
        Map<Pending, String> namedWith = new HashMap<>();
        synchronized (named) {
            due = List.copyOf(named);
            named.clear();
            due.forEach(pending -> {
                String stamp = stamps.get(pending);
                if (stamp != null) {
                    namedWith.put(pending, stamp);
                }
            });
        }
        try {
            relayNamed(due, namedWith);
        } catch (RuntimeException failed) {
            // The store or the broker failed mid-pass: what was named is still to do, not forgotten until a restart.
            synchronized (named) {
                named.addAll(due);
            }
            throw failed;
        }
        sweeps.sweepIfDue(this::sweep);
    }

    private void relayNamed(List<Pending> due, Map<Pending, String> namedWith) {
        Map<String, List<Object>> idsByCollection = new LinkedHashMap<>();
        due.forEach(pending -> idsByCollection.computeIfAbsent(pending.collection(), c -> new ArrayList<>()).add(pending.id()));
        idsByCollection.forEach((collection, ids) -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Object> round = ids.subList(from, Math.min(ids.size(), from + BATCH));
                List<Document> documents = mongo.find(new Query(Criteria.where("_id").in(round)), Document.class, collection);
                // Not all out (the broker did not answer): try again on the next pass, not only at the sweep.
                List<Object> left = relay(collection, documents);
                left.forEach(id -> requeue(collection, id));
                forgetPublished(collection, round, left);
                clearNamedMarks(collection, round, left, namedWith);
            }
        });
    }

    /** The marks of the named documents whose events are all out, each only if it still has the stamp it was named with before the read. */
    private void clearNamedMarks(String collection, List<Object> ids, List<Object> left, Map<Pending, String> namedWith) {
        Set<Object> stillWaiting = new HashSet<>(left);
        Map<Object, String> cleared = new LinkedHashMap<>();
        for (Object id : ids) {
            Pending pending = new Pending(collection, id);
            String stamp = namedWith.get(pending);
            if (!stillWaiting.contains(id) && stamp != null) {
                cleared.put(id, stamp);
                stamps.remove(pending, stamp);
            }
        }
        marks.clear(collection, cleared);
    }

    private void requeue(String collection, Object id) {
        synchronized (named) {
            named.add(new Pending(collection, id));
        }
    }

    /** The marks left over, and at start the collections once for unmarked events; true when more may wait. */
    private boolean sweep() {
        boolean more = !scanned.containsAll(properties.collections()) && markUnmarked();
        return sweepMarks() || more;
    }

    /**
     * The next page of each collection's documents with events, marked as found long ago (so that
     * the marks' sweep relays them at once); true while a collection had a full page.
     */
    private boolean markUnmarked() {
        boolean full = false;
        for (String collection : properties.collections()) {
            if (scanned.contains(collection)) {
                continue;
            }
            Criteria withEvents = Criteria.where("outbox.0").exists(true);
            Object after = scannedUpTo.get(collection);
            Query page = new Query(after == null ? withEvents : withEvents.and("_id").gt(after)).with(Sort.by("_id")).limit(BATCH);
            page.fields().include("_id");
            List<Object> ids = mongo.find(page, Document.class, collection).stream().map(document -> document.get("_id")).toList();
            marks.markFound(collection, ids);
            if (ids.size() == BATCH) {
                scannedUpTo.put(collection, ids.get(ids.size() - 1));
                full = true;
            } else {
                scanned.add(collection);
            }
        }
        return full;
    }

    /**
     * Relays the documents of one page of marks (those old enough that their writer would have
     * named them by now), and takes away the marks of documents left with no events once their
     * writers' writes have surely landed. True when the page was full and marks went: more may
     * be waiting behind them (not when they all stay, young or refused by the broker, which would
     * only read the same page again at once).
     */
    private boolean sweepMarks() {
        List<OutboxMarks.Mark> page = marks.some(properties.collections(), BATCH);
        int cleared = 0;
        Instant now = clock.instant();
        Map<String, List<OutboxMarks.Mark>> byCollection = new LinkedHashMap<>();
        page.stream().filter(mark -> mark.at().isBefore(now.minus(NAMED_WITHIN)))
                .forEach(mark -> byCollection.computeIfAbsent(mark.collection(), c -> new ArrayList<>()).add(mark));
        for (Map.Entry<String, List<OutboxMarks.Mark>> entry : byCollection.entrySet()) {
            String collection = entry.getKey();
            List<OutboxMarks.Mark> marked = entry.getValue();
            List<Object> ids = marked.stream().map(OutboxMarks.Mark::id).toList();
            List<Document> documents = mongo.find(new Query(Criteria.where("_id").in(ids)), Document.class, collection);
            documents.stream().filter(document -> !document.getList("outbox", Document.class, List.of()).isEmpty())
                    .forEach(document -> waiting.putIfAbsent(new Pending(collection, Objects.requireNonNull(document.get("_id"))),
                            oldestEvent(document)));
            List<Object> left = relay(collection, documents);
            forgetPublished(collection, ids, left);
            Set<Object> stillWaiting = new HashSet<>(left);
            Map<Object, String> settled = new LinkedHashMap<>();
            marked.stream().filter(mark -> !stillWaiting.contains(mark.id()) && mark.at().isBefore(now.minus(OutboxMarks.SETTLE)))
                    .forEach(mark -> settled.put(mark.id(), mark.stamp()));
            marks.clear(collection, settled);
            cleared += settled.size();
        }
        return page.size() == BATCH && cleared > 0;
    }

    private void forgetPublished(String collection, List<Object> ids, List<Object> left) {
        Set<Object> stillWaiting = new HashSet<>(left);
        ids.stream().filter(id -> !stillWaiting.contains(id)).forEach(id -> waiting.remove(new Pending(collection, id)));
    }

    /** When the document's oldest waiting event happened (now, where it does not say). */
    private Instant oldestEvent(Document document) {
        return document.getList("outbox", Document.class, List.of()).stream().map(message -> message.get("occurredAt"))
                .filter(Date.class::isInstance).map(at -> ((Date) at).toInstant()).min(Instant::compareTo)
                .orElse(clock.instant());
    }

    /**
     * Publishes the documents' events, waits once for the broker, and pulls what it acknowledged
     * in one bulk write. Answers the ids of the documents with events left (their later events wait
     * behind the one that failed).
     */
    private List<Object> relay(String collection, List<Document> documents) {
        Map<Object, List<Sending>> sending = new LinkedHashMap<>();
        for (Document document : documents) {
            List<Sending> events = new ArrayList<>();
            for (Document message : document.getList("outbox", Document.class, List.of())) {
                events.add(new Sending(message.getString("eventId"), message.getString("type"), send(message)));
            }
            if (!events.isEmpty()) {
                sending.put(document.get("_id"), events);
            }
        }
        if (sending.isEmpty()) {
            return List.of();
        }
        long deadline = System.nanoTime() + answersWithin.toNanos();
        List<Object> left = new ArrayList<>();
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int marked = 0;
        for (Map.Entry<Object, List<Sending>> document : sending.entrySet()) {
            List<String> sent = acknowledgedPrefix(collection, document.getValue(), deadline);
            if (sent.size() < document.getValue().size()) {
                left.add(document.getKey());
            }
            if (!sent.isEmpty()) {
                pulls.updateOne(new Query(Criteria.where("_id").is(document.getKey())),
                        new Update().pull("outbox", new Document("eventId", new Document("$in", sent))));
                marked++;
            }
        }
        if (marked > 0) {
            pulls.execute();
        }
        return left;
    }

    /**
     * How long a pass waits for the broker: until the producer has answered every send, acknowledged
     * or given up (its delivery timeout), and at least {@code atLeast}. A pass that stopped waiting
     * sooner sent its events again while the producer still held the first sends: under a broker
     * frozen past the timeout, a batch holding a registration expired while a later batch holding
     * its change went out, and the change reached the topic first (decision 104).
     */
    static Duration answersWithin(@Nullable ProducerFactory<?, ?> producers, Duration atLeast) {
        if (producers == null) {
            return atLeast;
        }
        Object configured = producers.getConfigurationProperties().get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        Duration delivery = configured == null ? KAFKA_DELIVERY_TIMEOUT : Duration.ofMillis(Long.parseLong(configured.toString().strip()));
        Duration answered = delivery.plus(ANSWER_MARGIN);
        return answered.compareTo(atLeast) > 0 ? answered : atLeast;
    }

    private CompletableFuture<SendResult<String, byte[]>> send(Document message) {
        try {
            return kafka.send(CloudEvents.record(message));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    /** The ids of the document's events the broker acknowledged, up to the first that it did not (by the deadline). */
    private List<String> acknowledgedPrefix(String collection, List<Sending> events, long deadline) {
        List<String> sent = new ArrayList<>();
        for (Sending event : events) {
            try {
                event.answer().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(event.eventId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Keep the document's order: its later events wait until this one is out.
                log.warn("Could not publish {} {} from {}; will retry: {}", event.type(), event.eventId(), collection, e.getMessage());
                break;
            }
        }
        return sent;
    }
}
