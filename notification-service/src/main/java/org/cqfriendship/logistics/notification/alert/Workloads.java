package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each coordinator's load for the duty manager, kept as alerts come and go rather than counted
 * from every alert ever recorded: one small document per unacknowledged alert ({@code alerts_open},
 * written with the alerts and removed when one is acknowledged), and per coordinator how many
 * alerts were acknowledged, in how long altogether, and how many escalations there were
 * ({@code coordinator_workloads}), following the alert package's {@link AlertFacts}. Alerts for
 * delegates and the duty manager's copies are not a coordinator's load and are left out.
 */
@Component
public class Workloads implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Workloads.class);
    static final String OPEN = "alerts_open";
    static final String COUNTS = "coordinator_workloads";

    private final MongoTemplate mongo;

    Workloads(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A coordinator's load now. */
    public record Workload(String coordinatorId, int open, int urgentOpen, int openUnder15Minutes, int open15To60Minutes,
                           int open1To4Hours, int openOver4Hours, long escalations, long acknowledged, @Nullable Duration meanToAcknowledge) {
    }

    @EventListener
    void on(AlertFacts.Opening opening) {
        opened(opening.alerts());
    }

    @EventListener
    void on(AlertFacts.Acknowledged acknowledged) {
        Alert.Acknowledgement acknowledgement = acknowledged.alert().acknowledgement();
        if (acknowledgement != null) {
            acknowledged(acknowledged.alert(), acknowledgement.at());
        }
    }

    @EventListener
    void on(AlertFacts.Escalated escalated) {
        if (AlertFacts.forCoordinator(escalated.alert())) {
            mongo.upsert(Query.query(Criteria.where("_id").is(escalated.alert().coordinatorId())), new Update().inc("escalations", 1), COUNTS);
        }
    }

    /** Notes the alerts that are a coordinator's to acknowledge (one write; one noted already is skipped by its id). */
    private void opened(Collection<Alert> alerts) {
        List<Document> open = alerts.stream().filter(a -> AlertFacts.forCoordinator(a) && !a.acknowledged())
                .map(a -> new Document("_id", a.id()).append("coordinatorId", a.coordinatorId()).append("createdAt", Date.from(a.createdAt()))
                        .append("urgent", a.urgent())).toList();
        if (open.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OPEN).insert(open).execute();
        } catch (BulkOperationException | DuplicateKeyException alreadyNoted) {
            // Noted by an earlier try of the same batch.
        }
    }

    /** Off the open list and into the coordinator's figures, once: a repeat finds nothing to take off. */
    private void acknowledged(Alert alert, Instant at) {
        if (!AlertFacts.forCoordinator(alert) || mongo.remove(Query.query(Criteria.where("_id").is(alert.id())), OPEN).getDeletedCount() == 0) {
            return;
        }
        long seconds = Math.max(0, Duration.between(alert.createdAt(), at).toSeconds());
        mongo.upsert(Query.query(Criteria.where("_id").is(alert.coordinatorId())),
                new Update().inc("acknowledged", 1).inc("acknowledgeSeconds", seconds), COUNTS);
    }

    /** Every coordinator with alerts, by account: two reads, of the open alerts and of the figures. */
    public List<Workload> now(Instant now) {
        Map<String, int[]> open = new TreeMap<>();
        for (Document entry : mongo.findAll(Document.class, OPEN)) {
            int[] counts = open.computeIfAbsent(entry.getString("coordinatorId"), id -> new int[6]);
            Duration age = Duration.between(entry.getDate("createdAt").toInstant(), now);
            counts[0]++;
            counts[1] += Boolean.TRUE.equals(entry.getBoolean("urgent")) ? 1 : 0;
            counts[age.toMinutes() < 15 ? 2 : age.toMinutes() < 60 ? 3 : age.toHours() < 4 ? 4 : 5]++;
        }
        Map<String, Document> figures = new TreeMap<>();
        mongo.findAll(Document.class, COUNTS).forEach(doc -> figures.put(doc.getString("_id"), doc));
        figures.keySet().forEach(id -> open.computeIfAbsent(id, none -> new int[6]));
        return open.entrySet().stream().map(e -> {
            Document f = figures.getOrDefault(e.getKey(), new Document());
            long acknowledged = number(f, "acknowledged");
            Duration mean = acknowledged == 0 ? null : Duration.ofSeconds(number(f, "acknowledgeSeconds") / acknowledged);
            int[] c = e.getValue();
            return new Workload(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], number(f, "escalations"), acknowledged, mean);
        }).toList();
    }

    /**
     * Once, on a store that had alerts before these figures were kept: notes the alerts still
     * unacknowledged (the figures start from then).
     */
    @Override
    public void run(ApplicationArguments arguments) {
        try {
            if (mongo.collectionExists(OPEN)) {
                return;
            }
            mongo.createCollection(OPEN);
        } catch (DataAccessException anotherInstanceFirst) {
            return;
        }
        List<Alert> unacknowledged = mongo.find(Query.query(Criteria.where("acknowledgedAt").is(null)), Alert.class);
        opened(unacknowledged);
        if (!unacknowledged.isEmpty()) {
            log.info("Noted {} alerts unacknowledged before the coordinators' workload was kept", unacknowledged.size());
        }
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
