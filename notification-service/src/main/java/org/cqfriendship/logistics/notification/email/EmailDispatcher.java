package org.cqfriendship.logistics.notification.email;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.Delivery;
import org.cqfriendship.logistics.notification.coordinator.CoordinatorDirectory;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends the alerts whose email is due, oldest first. A sent email is marked delivered only if it
 * is still pending, so two passes never both count it; a failed one waits longer each time
 * (up to {@code maxRetryBackoff}) and is sent once the server is back.
 */
@Component
public class EmailDispatcher extends PollingWorker {

    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final EmailChannel channel;
    private final CoordinatorDirectory directory;
    private final EmailSettings settings;
    private final Clock clock;

    EmailDispatcher(MongoTemplate mongo, EmailChannel channel, CoordinatorDirectory directory, EmailSettings settings, Clock clock) {
        super("email-dispatcher", settings.pollInterval());
        this.mongo = mongo;
        this.channel = channel;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        Query due = new Query(Criteria.where("email.status").is(Delivery.Status.PENDING.name())
                .and("email.nextAttemptAt").lte(clock.instant()))
                .with(Sort.by("createdAt", "id")).limit(BATCH);
        for (Alert alert : mongo.find(due, Alert.class)) {
            if (!deliver(alert)) {
                return; // the server is failing: leave the rest parked until the next pass
            }
        }
    }

    private boolean deliver(Alert alert) {
        EmailChannel.Outcome outcome = channel.send(alert, directory.reach(alert.coordinatorId()));
        Instant now = clock.instant();
        Query stillPending = new Query(Criteria.where("_id").is(alert.id()).and("email.status").is(Delivery.Status.PENDING.name()));
        Update update = new Update().inc("email.attempts", 1).set("email.lastAttemptAt", now);
        if (outcome.sent()) {
            update.set("email.status", Delivery.Status.DELIVERED.name()).set("email.deliveredAt", now).unset("email.lastError");
        } else {
            update.set("email.nextAttemptAt", now.plus(backoff(alert.email().attempts() + 1))).set("email.lastError", outcome.error());
        }
        mongo.updateFirst(stillPending, update, Alert.class);
        return outcome.sent();
    }

    private Duration backoff(int attempts) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(attempts, 16));
        return doubled.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : doubled;
    }
}
