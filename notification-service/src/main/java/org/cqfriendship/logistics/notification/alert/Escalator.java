package org.cqfriendship.logistics.notification.alert;

import org.bson.Document;
import org.cqfriendship.logistics.support.work.PollingWorker;
import org.cqfriendship.logistics.support.work.SweepPacing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** Spaced out when a pass takes long (on the system clock, not the one it escalates by). */
    private final SweepPacing passes = new SweepPacing(Duration.ZERO, Clock.systemUTC());
    private final UnacknowledgedAlerts unacknowledged;
    private static final int CHUNK = 1_000;
    /** Whether the pass at start, which searches the alerts themselves, is done. */
    private boolean searchedAtStart;

    Escalator(MongoTemplate mongo, AlertService alerts, EscalationSettings settings, Clock clock, UnacknowledgedAlerts unacknowledged) {
        super("escalator", settings.pollInterval());
        this.unacknowledged = unacknowledged;
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

    /**
     * Escalates what is due among the alerts noted as possibly unacknowledged (at start, once, the
     * alerts themselves are searched and those found noted: alerts from before the notes were kept), moves
     * each note on to its next escalation, and forgets the notes of alerts acknowledged, escalated as
     * often as they may be, or gone.
     */
    private void escalateDue() {
        Instant now = clock.instant();
        List<Alert> candidates = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        if (!searchedAtStart) {
            unacknowledged.expectFromBefore(now);
            searchedAtStart = true;
        }
        List<Document> noted = unacknowledged.dueBy(now);
        for (int from = 0; from < noted.size(); from += CHUNK) {
            List<String> ids = noted.subList(from, Math.min(noted.size(), from + CHUNK)).stream().map(e -> e.getString("_id")).toList();
            candidates.addAll(mongo.find(new Query(Criteria.where("_id").in(ids)), Alert.class));
        }
        Set<String> found = new HashSet<>();
        candidates.forEach(alert -> found.add(alert.id()));
        noted.stream().filter(entry -> !found.contains(entry.getString("_id")) && UnacknowledgedAlerts.settled(entry, now))
                .forEach(entry -> settled.add(entry.getString("_id")));
        Map<String, Instant> next = new HashMap<>();
        for (Alert alert : candidates) {
            int level = alert.escalation().count() + 1;
            if (alert.acknowledged() || level > settings.maxEscalations()) {
                settled.add(alert.id());
                continue;
            }
            Instant due = alert.escalation().nextDue(alert.createdAt(), settings.after(), settings.againAfter());
            if (due.isAfter(now)) {
                next.put(alert.id(), due);
            } else {
                alerts.escalate(alert, level, settings.dutyManager(), Duration.between(alert.createdAt(), now));
                if (level >= settings.maxEscalations()) {
                    settled.add(alert.id());
                } else {
                    next.put(alert.id(), now.plus(settings.againAfter()));
                }
            }
        }
        unacknowledged.dueAgain(next);
        unacknowledged.forget(settled);
    }
}
