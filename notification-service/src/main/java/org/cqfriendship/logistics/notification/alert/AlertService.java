package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.CoordinatorDirectory;
import org.cqfriendship.logistics.notification.coordinator.Recipient;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.store.IdLookup;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final Recipients directory;
    private final DelegateDirectory delegates;
    private final DigestSettings digest;
    private final HeldAlerts held;
    private final Clock clock;
    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Traces traces;
    private final UnacknowledgedAlerts unacknowledged;

    AlertService(AlertRepository alerts, Recipients directory, DelegateDirectory delegates, DigestSettings digest, HeldAlerts held,
                 Clock clock, MongoTemplate mongo, ApplicationEventPublisher events, AuditLog audit, Traces traces,
                 UnacknowledgedAlerts unacknowledged) {
        this.unacknowledged = unacknowledged;
        this.traces = traces;
        this.alerts = alerts;
        this.directory = directory;
        this.delegates = delegates;
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
     * {@code traceId} is the trace of the change that caused it (null: the current one). {@code steps}
     * are what it changed, for a digest to leave out what a later change undid ({@link Alert#netParts}).
     */
    public record Change(String eventId, String delegationId, String coordinatorId, String locality, AlertKind kind,
                         boolean urgent, Phrase title, List<Phrase> lines, List<Phrase> todo, Set<String> memberIds,
                         Set<String> memberNames, String traceId, List<Alert.Step> steps) {
    }

    /** One recipient's part of a change; {@code delegate} is the delegate it is for (null: staff), as the batch read them. */
    private record Telling(String recipientId, String partId, Change change, List<Phrase> lines, @Nullable Delegate delegate) {

        boolean forDelegate() {
            return delegate != null;
        }

        /** Which held alert it may join: the recipient's for the delegation. */
        String heldKey() {
            return HeldAlerts.key(recipientId, change.delegationId());
        }
    }

    /** Tells one change (see {@link #recordAll}). */
    public void record(Change change) {
        recordAll(List.of(change));
    }

    /**
     * Tells each change's delegation's coordinator (the programme desk while it has none) and each
     * delegate it concerns who asked for alerts: for each, the alert goes in their inbox with a
     * delivery on each of their channels. A non-urgent change joins the recipient's alert for the
     * delegation still held for the digest window, or opens one that waits that long (later
     * changes of the batch join it before it is written). Each recipient's part has its own id, so
     * a redelivered event tells nobody twice and a crash half way tells the rest next time.
     * <p>
     * A batch costs a few round trips whatever its size: who is concerned, which parts were told
     * already (alerts by id, and the joined parts' notes), and the held alerts, read with one query
     * each; the parts that join an alert noted with one bulk write, naming the alert, before they
     * join it (so a part redelivered after a crash knows it was told, whatever was held since);
     * the joins with one more; the new alerts inserted with one bulk write, after the notes of the
     * ones held.
     */
    public void recordAll(List<Change> changes) {
        List<Telling> tellings = tellings(changes);
        List<String> partIds = tellings.stream().map(Telling::partId).toList();
        Set<Object> told = new HashSet<>(IdLookup.existing(mongo, partIds, mongo.getCollectionName(Alert.class)));
        told.addAll(held.joinedAlready(partIds));
        Instant now = clock.instant();
        boolean digesting = !digest.window().isZero();
        Map<String, Alert> heldBefore = digesting ? held.last(tellings.stream().filter(t -> !t.change().urgent())
                .map(Telling::heldKey).collect(Collectors.toSet())) : Map.of();
        Map<String, Alert> opened = new LinkedHashMap<>();
        List<Alert> fresh = new ArrayList<>();
        Map<String, List<Alert.Part>> joining = new LinkedHashMap<>();
        Map<String, String> joinedParts = new LinkedHashMap<>();
        for (Telling telling : tellings) {
            if (!told.add(telling.partId())) {
                log.debug("{} already told {}", telling.recipientId(), telling.partId());
                continue;
            }
            Alert.Part part = new Alert.Part(telling.partId(), telling.change().title(), telling.lines(), now, telling.change().steps());
            String key = telling.heldKey();
            if (telling.change().urgent() || !digesting) {
                fresh.add(newAlert(telling, part, now));
            } else if (opened.containsKey(key)) {
                opened.put(key, opened.get(key).joinedBy(part));
            } else if (heldBefore.containsKey(key) && heldBefore.get(key).hasPart(part.eventId())) {
                joinedParts.put(part.eventId(), heldBefore.get(key).id()); // joined, and its note lost
            } else if (heldBefore.containsKey(key) && held.stillHeld(heldBefore.get(key), now)) {
                joining.computeIfAbsent(key, k -> new ArrayList<>()).add(part);
            } else {
                opened.put(key, newAlert(telling, part, now));
            }
        }
        Map<String, List<Alert.Part>> partsByAlert = new LinkedHashMap<>();
        Map<String, Alert> heldById = new HashMap<>();
        joining.forEach((key, parts) -> {
            Alert alert = Objects.requireNonNull(heldBefore.get(key));
            partsByAlert.put(alert.id(), parts);
            heldById.put(alert.id(), alert);
            parts.forEach(part -> joinedParts.put(part.eventId(), alert.id()));
        });
        opened.values().forEach(alert -> noteParts(alert, joinedParts));
        held.noteJoined(joinedParts);
        Map<String, Alert> joined = held.join(partsByAlert, heldById);
        Map<String, String> renoted = new LinkedHashMap<>();
        joining.forEach((key, parts) -> {
            Alert current = joined.get(Objects.requireNonNull(heldBefore.get(key)).id());
            if (current == null) {
                // Sent meanwhile: the parts open an alert of their own, and their notes name it.
                Alert own = openedBy(parts, tellings, now);
                opened.put(key, own);
                noteParts(own, renoted);
            } else {
                events.publishEvent(new AlertFacts.Recorded(current, true));
            }
        });
        held.noteJoined(renoted);
        held.note(opened.values());
        fresh.addAll(opened.values());
        insert(fresh);
    }

    /** The alert {@code parts} open together, the first part's telling saying whom it is for. */
    private Alert openedBy(List<Alert.Part> parts, List<Telling> tellings, Instant now) {
        Alert.Part head = parts.get(0);
        Telling telling = tellings.stream().filter(t -> t.partId().equals(head.eventId())).findFirst().orElseThrow();
        Alert alert = newAlert(telling, head, now);
        for (Alert.Part part : parts.subList(1, parts.size())) {
            alert = alert.joinedBy(part);
        }
        return alert;
    }

    /** The parts that joined {@code alert} after the one it opened with, noted under its id. */
    private static void noteParts(Alert alert, Map<String, String> notes) {
        alert.parts().stream().skip(1).forEach(part -> notes.put(part.eventId(), alert.id()));
    }

    /**
     * Who a delegate turns to: their coordinator, by name and address when that is the news;
     * until a coordinator is assigned the programme desk is who was told, and no coordinator is promised.
     */
    private Phrase delegatesNextStep(Change change, String inbox) {
        if (CoordinatorDirectory.PROGRAMME_DESK.equals(inbox)) {
            return Phrase.of("alert.delegate.todo.desk");
        }
        if (change.kind() == AlertKind.COORDINATOR_ASSIGNED) {
            Recipient coordinator = directory.reach(inbox);
            String reach = Stream.of(coordinator.email(), coordinator.phone()).filter(Objects::nonNull)
                    .collect(Collectors.joining(", "));
            return Phrase.of("alert.delegate.coordinator", Phrase.Arg.text(coordinator.name()), Phrase.Arg.text(reach));
        }
        return Phrase.of("alert.delegate.todo");
    }

    /** Each change's part for its coordinator, then for each delegate it concerns, in the changes' order. */
    private List<Telling> tellings(List<Change> changes) {
        List<List<Delegate>> concerned = delegates.concerned(changes.stream()
                .map(change -> new DelegateDirectory.Concern(change.delegationId(), change.memberIds(), change.memberNames())).toList());
        List<Telling> tellings = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            List<Phrase> forStaff = new ArrayList<>(change.lines());
            forStaff.addAll(change.todo());
            String inbox = directory.inboxOf(change.coordinatorId());
            tellings.add(new Telling(inbox, change.eventId(), change, forStaff, null));
            List<Phrase> forDelegate = new ArrayList<>(change.lines());
            forDelegate.add(delegatesNextStep(change, inbox));
            for (Delegate delegate : concerned.get(i)) {
                tellings.add(new Telling(Recipients.ofDelegate(delegate.memberId()), change.eventId() + ":" + delegate.memberId(), change,
                        forDelegate, delegate));
            }
        }
        return tellings;
    }

    private Alert newAlert(Telling telling, Alert.Part part, Instant now) {
        Change change = telling.change();
        Instant sendAt = change.urgent() ? now : now.plus(digest.window());
        Delegate delegate = telling.delegate();
        return new Alert(part.eventId(), telling.recipientId(), change.delegationId(), change.locality(), change.kind(), change.urgent(),
                List.of(part), now, Alert.Hold.sendingAt(sendAt, now), deliveries(delegate != null ? Recipients.reach(delegate)
                        : directory.reach(telling.recipientId()), change.urgent(), sendAt),
                null, Alert.Escalation.NONE, telling.forDelegate(), change.traceId() != null ? change.traceId() : traces.currentTraceId());
    }

    /** Email always, a text message when urgent, the group-chat bot always: each where the recipient has one. */
    private static Map<String, Delivery> deliveries(Recipient to, boolean urgent, Instant sendAt) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            boolean wanted = channel != Channel.SMS || urgent;
            if (wanted && channel.addressOf(to) != null) {
                deliveries.put(channel.name(), Delivery.due(sendAt));
            }
        }
        return deliveries;
    }

    /**
     * Inserts the alerts with one bulk write and tells of those that were new ({@link AlertFacts.Recorded}),
     * which is what hands them to their channels and the live inboxes.
     */
    private void insert(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return;
        }
        unacknowledged.expect(alerts, clock.instant());
        events.publishEvent(new AlertFacts.Opening(alerts));
        Set<Integer> there = new HashSet<>();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Alert.class).insert(alerts).execute();
        } catch (BulkOperationException alreadyThere) {
            alreadyThere.getErrors().forEach(error -> there.add(error.getIndex()));
            log.debug("{} of {} alerts already recorded", there.size(), alerts.size());
        }
        for (int i = 0; i < alerts.size(); i++) {
            if (!there.contains(i)) {
                events.publishEvent(new AlertFacts.Recorded(alerts.get(i), false));
            }
        }
    }

    /** The alerts of these ids that exist, in one read. */
    public List<Alert> findAll(Collection<String> alertIds) {
        return alerts.findAllById(alertIds);
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
        // Told again on a repeat, in case the first telling was cut short; its listeners take a repeat calmly.
        alert.ifPresent(a -> events.publishEvent(new AlertFacts.Acknowledged(a)));
        if (first) {
            alert.ifPresent(a -> audit.record(by, "alert.acknowledged", alertId,
                    Map.of("inbox", coordinatorId, "delegationId", String.valueOf(a.delegationId()))));
            // Every open page of the inbox shows it acknowledged at once, in place, whichever page or link did it.
            alert.ifPresent(a -> events.publishEvent(new AlertFacts.Recorded(a, true)));
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
        events.publishEvent(new AlertFacts.Escalated(alert));
        Alert.Part original = alert.parts().get(0);
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("alert.escalation.intro", Phrase.Arg.text(alert.coordinatorId()),
                Phrase.Arg.number(unacknowledgedFor.toMinutes()), Phrase.Arg.number(level)));
        lines.addAll(original.lines());
        String id = alert.id() + ":escalation:" + level;
        Alert.Part part = new Alert.Part(id, Phrase.of("alert.escalation.title", Phrase.Arg.phrase(original.title())), lines, now,
                List.of());
        insert(List.of(new Alert(id, dutyManagerId, alert.delegationId(), alert.locality(), AlertKind.ESCALATION, true, List.of(part),
                now, Alert.Hold.sendingAt(now, now), deliveries(directory.reach(dutyManagerId), true, now), null,
                Alert.Escalation.copyOf(alert.id()), false, alert.traceId())));
    }

    /** A coordinator's inbox, newest first. */
    public List<Alert> inbox(String coordinatorId) {
        return alerts.findByCoordinatorId(coordinatorId, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }
}
