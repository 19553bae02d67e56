package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalator's pass at start, over alerts stored before their notes were kept, on the local platform's store: as
 * many unacknowledged urgent alerts as a long fault run leaves (about 56 MB of them) are noted in one pass. Read whole,
 * they overflowed the store's largest reply (48 MB) and the pass failed again at every poll, each time a search of
 * every alert.
 */
class EscalatorStartTest {

    private static final Instant NOW = Instant.parse("2026-05-21T02:00:00Z");
    private static final int ALERTS = 280;

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;

    @BeforeEach
    void store() {
        database = InMemoryMongo.freshDatabase("escalator-start");
        mongo = database.mongo();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void notesEveryUnacknowledgedUrgentAlertFromBeforeHoweverLargeTheAlertsAre() {
        String text = "x".repeat(200_000); // an alert's wording and parts, made large so that few of them pass 48 MB
        List<Document> alerts = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            alerts.add(new Document("_id", "alert-" + i).append("coordinatorId", "coord-demo").append("urgent", true)
                    .append("createdAt", Date.from(NOW.minusSeconds(i))).append("escalations", 0).append("text", text));
            if (alerts.size() == 40) {
                mongo.getCollection("alerts").insertMany(alerts);
                alerts.clear();
            }
        }
        mongo.getCollection("alerts").insertOne(new Document("_id", "acknowledged").append("urgent", true)
                .append("acknowledgedAt", Date.from(NOW)).append("createdAt", Date.from(NOW)).append("escalations", 0));
        EscalationSettings settings = new EscalationSettings(Duration.ofMinutes(10), null, null, null, null);
        Escalator escalator = new Escalator(mongo, null, settings, new MovableClock(NOW), new UnacknowledgedAlerts(mongo, settings));

        escalator.poll(); // nothing is due for ten minutes: the pass only notes

        assertThat(mongo.getCollection(UnacknowledgedAlerts.COLLECTION).countDocuments()).isEqualTo(ALERTS);
        Document first = mongo.getCollection(UnacknowledgedAlerts.COLLECTION).find(new Document("_id", "alert-0")).first();
        assertThat(first.getDate("dueAt").toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }
}
