package org.cqfriendship.logistics.support.outbox;

import org.bson.Document;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.faults.FaultPoints;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the events waiting in the {@code outbox} arrays of the configured collections, in
 * order per document, then pulls exactly the published ones out of the array. A crash between
 * the two steps publishes an event again with the same id, which consumers ignore.
 * <p>
 * Writers name the document they just gave events ({@link #relaySoon}), and the relay reads
 * exactly those by id: the cost of a write does not grow with the collection. A sweep over every
 * collection at start and every {@code sweepInterval} finds what no one named (written before a
 * crash, or by another instance that died).
 */
public class OutboxRelay extends PollingWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final FaultPoints faults;
    private final Set<Pending> named = new LinkedHashSet<>();
    private final SweepPacing sweeps;

    /** A document with events waiting. */
    private record Pending(String collection, Object id) {
    }

    /** {@code faults}: where the fault-test harness injects a crash between publishing and marking sent ({@link FaultPoints#NONE} otherwise). */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties, FaultPoints faults) {
        super("outbox-relay", properties.pollInterval());
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.faults = faults;
        this.sweeps = new SweepPacing(properties.sweepInterval(), java.time.Clock.systemUTC());
    }

    /** Asks for the events just written into this document to be published at once. */
    public void relaySoon(String collection, Object id) {
        synchronized (named) {
            named.add(new Pending(collection, id));
        }
        wakeUp();
    }

    /** Publishes what was named since the last pass, and everything pending when a sweep is due. */
    @Override
    protected void poll() {
        List<Pending> due;
        synchronized (named) {
            due = List.copyOf(named);
            named.clear();
        }
        for (Pending pending : due) {
            Document document = mongo.findById(pending.id(), Document.class, pending.collection());
            if (document != null && !relayDocument(pending.collection(), document)) {
                // Not all out (the broker did not answer): try again on the next pass, not only at the sweep.
                synchronized (named) {
                    named.add(pending);
                }
            }
        }
        sweeps.sweepIfDue(this::sweep);
    }

    /** One page of pending documents per collection; true when a page was full. */
    private boolean sweep() {
        boolean full = false;
        for (String collection : properties.collections()) {
            Query pending = new Query(Criteria.where("outbox.0").exists(true)).limit(BATCH);
            List<Document> page = mongo.find(pending, Document.class, collection);
            page.forEach(document -> relayDocument(collection, document));
            full |= page.size() == BATCH;
        }
        return full;
    }

    /** Publishes the document's events in order; false when one could not be published (the rest wait for it). */
    private boolean relayDocument(String collection, Document document) {
        List<String> sent = new ArrayList<>();
        List<Document> outbox = document.getList("outbox", Document.class, List.of());
        for (Document message : outbox) {
            try {
                kafka.send(CloudEvents.record(message)).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                faults.relayed();
                sent.add(message.getString("eventId"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                // Keep the document's order: its later events wait until this one is out.
                log.warn("Could not publish {} {} from {}; will retry: {}", message.getString("type"),
                        message.getString("eventId"), collection, e.getMessage());
                break;
            }
        }
        if (!sent.isEmpty()) {
            Update pull = new Update().pull("outbox", new Document("eventId", new Document("$in", sent)));
            mongo.updateFirst(new Query(Criteria.where("_id").is(document.get("_id"))), pull, collection);
        }
        return sent.size() == outbox.size();
    }
}
