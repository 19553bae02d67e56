package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Escalates urgent alerts nobody acknowledged: to the duty manager after {@code after}, and again
 * every {@code againAfter}, at most {@code maxEscalations} times. Acknowledging stops it. Time
 * comes from the {@link Clock}, so tests move it instead of waiting.
 */
@Component
class Escalator extends PollingWorker {

    private final MongoTemplate mongo;
    private final AlertService alerts;
    private final EscalationSettings settings;
    private final Clock clock;
    /** Its search reads every alert on the local store: spaced out when it takes long (on the system clock, not the one it escalates by). */
    private final SweepPacing passes = new SweepPacing(Duration.ZERO, Clock.systemUTC());

    Escalator(MongoTemplate mongo, AlertService alerts, EscalationSettings settings, Clock clock) {
        super("escalator", settings.pollInterval());
        this.mongo = mongo;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void poll() {
        passes.sweepIfDue(() -> {
            escalateDue();
            return false;
        });
    }

    private void escalateDue() {
        Instant now = clock.instant();
        Query due = new Query(Criteria.where("urgent").is(true).and("acknowledgedAt").is(null).and("escalationOf").is(null)
                .and("forDelegate").ne(true)
                .and("escalations").lt(settings.maxEscalations()));
        for (Alert alert : mongo.find(due, Alert.class)) {
            Instant since = alert.escalations() == 0 ? alert.createdAt() : alert.lastEscalatedAt();
            Duration wait = alert.escalations() == 0 ? settings.after() : settings.againAfter();
            if (!since.plus(wait).isAfter(now)) {
                alerts.escalate(alert, alert.escalations() + 1, settings.dutyManager(), Duration.between(alert.createdAt(), now));
            }
        }
    }
}
