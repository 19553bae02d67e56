package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.CoordinatorDirectory;
import org.cqfriendship.logistics.notification.email.EmailDispatcher;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final CoordinatorDirectory directory;
    private final EmailDispatcher email;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    AlertService(AlertRepository alerts, CoordinatorDirectory directory, EmailDispatcher email, Clock clock, MongoTemplate mongo,
                 ApplicationEventPublisher events, AuditLog audit) {
        this.audit = audit;
        this.alerts = alerts;
        this.directory = directory;
        this.email = email;
        this.clock = clock;
        this.mongo = mongo;
        this.events = events;
    }

    /** A change to tell a delegation's coordinator about. */
    public record Change(String eventId, String delegationId, String coordinatorId, String locality, AlertKind kind,
                         boolean urgent, String title, String message) {
    }

    /**
     * Puts the alert in the coordinator's inbox with its email pending, in one write. Alerts are
     * keyed by the causing event's id, so a redelivered event changes nothing.
     */
    public void record(Change change) {
        var now = clock.instant();
        Alert alert = new Alert(change.eventId(), directory.inboxOf(change.coordinatorId()), change.delegationId(),
                change.locality(), change.kind(), change.urgent(), change.title(), change.message(), now,
                Delivery.pending(now), null, null, 0, null, null);
        try {
            alerts.insert(alert);
            email.wakeUp();
            events.publishEvent(new AlertRecorded(alert));
        } catch (DuplicateKeyException redelivered) {
            log.debug("Event {} already alerted", change.eventId());
        }
    }

    /** A new alert is in a coordinator's inbox (for the live pages). */
    public record AlertRecorded(Alert alert) {
    }

    /**
     * Records that {@code by} saw and acknowledged the alert, once: a second acknowledgement keeps
     * the first one's who and when. Empty when the coordinator has no such alert.
     */
    public Optional<Alert> acknowledge(String coordinatorId, String alertId, String by) {
        Query theirs = new Query(Criteria.where("_id").is(alertId).and("coordinatorId").is(coordinatorId));
        boolean first = mongo.updateFirst(new Query(Criteria.where("_id").is(alertId).and("coordinatorId").is(coordinatorId)
                        .and("acknowledgedAt").is(null)),
                new Update().set("acknowledgedAt", clock.instant()).set("acknowledgedBy", by), Alert.class).getModifiedCount() > 0;
        Optional<Alert> alert = Optional.ofNullable(mongo.findOne(theirs, Alert.class));
        if (first) {
            alert.ifPresent(a -> audit.record(by, "alert.acknowledged", alertId,
                    java.util.Map.of("inbox", coordinatorId, "delegationId", String.valueOf(a.delegationId()))));
        }
        return alert;
    }

    /**
     * Tells the duty manager that {@code alert} is still unacknowledged, as escalation number
     * {@code level}: marks the alert (only if nobody escalated or acknowledged it meanwhile) and puts
     * a copy in the duty manager's inbox, with its email, keyed so that it exists once.
     */
    public void escalate(Alert alert, int level, String dutyManagerId, java.time.Duration unacknowledgedFor) {
        var now = clock.instant();
        Query unchanged = new Query(Criteria.where("_id").is(alert.id()).and("escalations").is(level - 1)
                .and("acknowledgedAt").is(null));
        if (mongo.updateFirst(unchanged, new Update().set("escalations", level).set("lastEscalatedAt", now), Alert.class)
                .getModifiedCount() == 0) {
            return;
        }
        String message = "Not acknowledged by " + alert.coordinatorId() + " after " + unacknowledgedFor.toMinutes()
                + " minutes (escalation " + level + "). " + alert.message();
        Alert copy = new Alert(alert.id() + ":escalation:" + level, dutyManagerId, alert.delegationId(), alert.locality(),
                AlertKind.ESCALATION, true, "Unacknowledged: " + alert.title(), message, now, Delivery.pending(now), null, null,
                0, null, alert.id());
        try {
            alerts.insert(copy);
            email.wakeUp();
            events.publishEvent(new AlertRecorded(copy));
        } catch (DuplicateKeyException alreadyThere) {
            log.debug("Escalation {} of {} already recorded", level, alert.id());
        }
    }

    /** A coordinator's inbox, newest first. */
    public List<Alert> inbox(String coordinatorId) {
        return alerts.findByCoordinatorId(coordinatorId, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }
}
