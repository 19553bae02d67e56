package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.Recipient;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.cqfriendship.logistics.notification.delivery.Channel;
import org.cqfriendship.logistics.notification.delivery.Delivery;
import org.cqfriendship.logistics.notification.delivery.Dispatchers;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.store.IdLookup;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final Recipients directory;
    private final DelegateDirectory delegates;
    /** The parts that joined a held alert (by part id), so that a redelivered event finds itself told without a search. */
    private static final String JOINED = "alert_joined_parts";
    private final Dispatchers dispatchers;
    private final DigestSettings digest;
    private final HeldAlerts held;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Traces traces;

    AlertService(AlertRepository alerts, Recipients directory, DelegateDirectory delegates, Dispatchers dispatchers, DigestSettings digest, HeldAlerts held,
                 Clock clock, MongoTemplate mongo, ApplicationEventPublisher events, AuditLog audit, Traces traces) {
        this.traces = traces;
        this.alerts = alerts;
        this.directory = directory;
        this.delegates = delegates;
        this.dispatchers = dispatchers;
        this.digest = digest;
        this.held = held;
        this.clock = clock;
        this.mongo = mongo;
        this.events = events;
        this.audit = audit;
    }

    /**
     * A change to tell about, in phrases each reader gets in their own language: {@code lines} say
     * what happened, {@code todo} what the coordinator should do. {@code memberIds} and
     * {@code memberNames} name the delegates it concerns (events name them one way or the other).
     */
    public record Change(String eventId, String delegationId, String coordinatorId, String locality, AlertKind kind,
                         boolean urgent, Phrase title, List<Phrase> lines, List<Phrase> todo, Set<String> memberIds,
                         Set<String> memberNames) {
    }

    /**
     * Tells the delegation's coordinator (the programme desk while it has none) and each delegate it
     * concerns who asked for alerts: for each, the alert goes in their inbox with a delivery on each
     * of their channels, in one write. A non-urgent change joins the recipient's alert for the
     * delegation still held for the digest window, or opens one that waits that long. Each
     * recipient's part has its own id, so a redelivered event tells nobody twice and a crash half
     * way tells the rest next time.
     */
    public void record(Change change) {
        List<Phrase> forStaff = new ArrayList<>(change.lines());
        forStaff.addAll(change.todo());
        tell(directory.inboxOf(change.coordinatorId()), change.eventId(), change, forStaff, false);
        List<Phrase> forDelegate = new ArrayList<>(change.lines());
        forDelegate.add(Phrase.of("alert.delegate.todo"));
        for (Delegate delegate : delegates.concerned(change.delegationId(), change.memberIds(), change.memberNames())) {
            tell(Recipients.ofDelegate(delegate.memberId()), change.eventId() + ":" + delegate.memberId(), change, forDelegate, true);
        }
    }

    private void tell(String recipientId, String partId, Change change, List<Phrase> lines, boolean forDelegate) {
        // An alert's id is its first part's; a part that joined a held alert is noted in JOINED.
        if (IdLookup.exists(mongo, partId, Alert.class) || IdLookup.exists(mongo, partId, JOINED)) {
            log.debug("{} already told {}", recipientId, partId);
            return;
        }
        Instant now = clock.instant();
        Alert.Part part = new Alert.Part(partId, change.title(), lines, now);
        if (!change.urgent() && !digest.window().isZero() && joinedHeldAlert(recipientId, change.delegationId(), part, now)) {
            noteJoined(partId);
            return;
        }
        Instant sendAt = change.urgent() ? now : now.plus(digest.window());
        Alert alert = new Alert(partId, recipientId, change.delegationId(), change.locality(), change.kind(), change.urgent(),
                List.of(part), now, sendAt, sendAt.isAfter(now), deliveries(directory.reach(recipientId), change.urgent(), sendAt),
                null, null, 0, null, null, forDelegate, traces.currentTraceId());
        insert(alert);
        if (alert.open()) {
            held.note(alert);
        }
    }

    /** True when the part is in the recipient's held alert for the delegation: added now, or before a crash cut off its note. */
    private boolean joinedHeldAlert(String recipientId, String delegationId, Alert.Part part, Instant now) {
        Alert last = held.last(recipientId, delegationId);
        if (last == null) {
            return false;
        }
        if (last.hasPart(part.eventId())) {
            return true;
        }
        Alert joined = held.join(last, part, now);
        if (joined == null) {
            return false;
        }
        events.publishEvent(new AlertRecorded(joined, true));
        return true;
    }

    private void noteJoined(String partId) {
        try {
            mongo.insert(new org.bson.Document("_id", partId), JOINED);
        } catch (DuplicateKeyException alreadyNoted) {
            log.debug("{} already noted", partId);
        }
    }

    /** Email always, a text message when urgent, the group-chat bot always: each where the recipient has one. */
    private static Map<String, Delivery> deliveries(Recipient to, boolean urgent, Instant sendAt) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            boolean wanted = channel != Channel.SMS || urgent;
            if (wanted && to.address(channel) != null) {
                deliveries.put(channel.name(), Delivery.due(sendAt));
            }
        }
        return deliveries;
    }

    private void insert(Alert alert) {
        try {
            alerts.insert(alert);
            dispatchers.deliver(alert);
            events.publishEvent(new AlertRecorded(alert, false));
        } catch (DuplicateKeyException alreadyThere) {
            log.debug("Alert {} already recorded", alert.id());
        }
    }

    /** An alert is in an inbox: new, or a held one that another change joined (for the live pages). */
    public record AlertRecorded(Alert alert, boolean joined) {
    }

    /** An alert by its id (an acknowledgement link names it). */
    public Optional<Alert> find(String alertId) {
        return alerts.findById(alertId);
    }

    /**
     * Records that {@code by} saw and acknowledged the alert, once: a second acknowledgement keeps
     * the first one's who and when. Empty when the coordinator has no such alert.
     */
    public Optional<Alert> acknowledge(String coordinatorId, String alertId, String by) {
        if (alerts.findById(alertId).filter(alert -> coordinatorId.equals(alert.coordinatorId())).isEmpty()) {
            return Optional.empty();
        }
        // By id and acknowledgedAt only: the keys of a unique index (AlertIndexes), so not a search on the local store.
        boolean first = mongo.updateFirst(new Query(Criteria.where("_id").is(alertId).and("acknowledgedAt").is(null)),
                new Update().set("acknowledgedAt", clock.instant()).set("acknowledgedBy", by), Alert.class).getModifiedCount() > 0;
        Optional<Alert> alert = alerts.findById(alertId);
        if (first) {
            alert.ifPresent(a -> audit.record(by, "alert.acknowledged", alertId,
                    Map.of("inbox", coordinatorId, "delegationId", String.valueOf(a.delegationId()))));
        }
        return alert;
    }

    /**
     * Tells the duty manager that {@code alert} is still unacknowledged, as escalation number
     * {@code level}: marks the alert (only if nobody escalated or acknowledged it meanwhile) and puts
     * a copy in the duty manager's inbox, worded for them, keyed so that it exists once.
     */
    public void escalate(Alert alert, int level, String dutyManagerId, Duration unacknowledgedFor) {
        var now = clock.instant();
        Query unchanged = new Query(Criteria.where("_id").is(alert.id()).and("escalations").is(level - 1)
                .and("acknowledgedAt").is(null));
        if (mongo.updateFirst(unchanged, new Update().set("escalations", level).set("lastEscalatedAt", now), Alert.class)
                .getModifiedCount() == 0) {
            return;
        }
        Alert.Part original = alert.parts().get(0);
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("alert.escalation.intro", Phrase.Arg.text(alert.coordinatorId()),
                Phrase.Arg.number(unacknowledgedFor.toMinutes()), Phrase.Arg.number(level)));
        lines.addAll(original.lines());
        String id = alert.id() + ":escalation:" + level;
        Alert.Part part = new Alert.Part(id, Phrase.of("alert.escalation.title", Phrase.Arg.phrase(original.title())), lines, now);
        insert(new Alert(id, dutyManagerId, alert.delegationId(), alert.locality(), AlertKind.ESCALATION, true, List.of(part),
                now, now, false, deliveries(directory.reach(dutyManagerId), true, now), null, null, 0, null, alert.id(), false,
                alert.traceId()));
    }

    /** A coordinator's inbox, newest first. */
    public List<Alert> inbox(String coordinatorId) {
        return alerts.findByCoordinatorId(coordinatorId, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }
}
