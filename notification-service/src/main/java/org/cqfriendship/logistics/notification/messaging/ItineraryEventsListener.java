package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.notification.wording.Phrase.Arg;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the itinerary-service's events into alerts for the delegation's coordinator: what changed
 * (before → after), why, and what to do, as phrases each reader gets in their own language.
 */
@Component
class ItineraryEventsListener {

    private static final Set<String> CLASH_KINDS = Set.of("LATE_ARRIVAL", "FLIGHT_CANCELLED", "OVERLAPPING_SESSIONS",
            "DEPARTS_BEFORE_END", "NO_SEAT", "OUTSIDE_STAY", "NO_ROOM", "NIGHTS_OUTSIDE_STAY");
    private static final Set<String> OFFICE_HOURS_KINDS = Set.of("NO_SEAT", "NO_ROOM", "NIGHTS_OUTSIDE_STAY");
    private static final Set<String> REASONS = Set.of("DELEGATION_REGISTERED", "TRAVEL_CHANGED", "FLIGHT_STATUS_CHANGED",
            "SESSION_RESCHEDULED", "SESSION_CANCELLED", "DELEGATE_ADDED", "DELEGATE_WITHDRAWN", "DELEGATE_DETAILS_CHANGED",
            "SIGNUPS_CHANGED", "COORDINATOR_ASSIGNED", "DELEGATION_DETAILS_CHANGED", "SEATS_REALLOCATED", "NEEDS_CHANGED", "ROOMS_REALLOCATED",
            "HEATS_REBALANCED", "CONTEST_FINALISTS", "STALL_ALLOCATED");
    /** The contest's criteria this service has words for; another configured one is shown by its name. */
    private static final Set<String> CRITERIA = Set.of("taste", "technique", "presentation");

    private static final String OPEN = "open";

    private final AlertService alerts;

    ItineraryEventsListener(AlertService alerts) {
        this.alerts = alerts;
    }

    /** A poll's batch at a time ({@link AlertService#recordAll}). */
    @KafkaListener(id = "notification-itineraries", groupId = "notification-service", topics = NotificationTopics.ITINERARIES,
            batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, ItineraryEventsListener::change, alerts::recordAll);
    }

    /** The change the record tells of (none, for an event no one is told of). */
    private static List<AlertService.Change> change(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        String traceId = Traces.traceIdOf(Traces.parentOf(record));
        if (record.value() instanceof ClashDetected clash) {
            return List.of(clashAlert(eventId, clash, traceId));
        } else if (record.value() instanceof ItineraryChanged changed) {
            return List.of(itineraryAlert(eventId, changed, traceId));
        } else if (record.value() instanceof ClashResolved resolved) {
            return List.of(resolvedAlert(eventId, resolved, traceId));
        } else if (record.value() instanceof TransferReassigned transfer) {
            return List.of(transferAlert(eventId, transfer, traceId));
        } else if (record.value() instanceof RoundClosed round) {
            boolean isFinal = RoundClosed.CONTEST_RESULT.equals(CloudEvents.header(record.headers(), CloudEvents.TYPE));
            return List.of(contestAlert(eventId, round, isFinal, traceId));
        }
        return List.of();
    }

    private static AlertService.Change clashAlert(String eventId, ClashDetected clash, String traceId) {
        require(clash.delegationId(), clash.memberName());
        String kind = CLASH_KINDS.contains(clash.kind()) ? clash.kind() : "LATE_ARRIVAL";
        Arg[] args = {Arg.text(clash.locality()), Arg.text(clash.memberName()), session(clash.sessionTitle(), clash.sessionId()),
                Arg.time(clash.sessionStartsAt()), Arg.time(clash.arrivalAt()), Arg.time(clash.earliestAtVenue()),
                Arg.time(clash.departureAt())};
        List<Phrase> lines = new ArrayList<>();
        // A session outside the stay falls off its start (before the arrival) or its end (after the departure).
        boolean afterDeparture = "OUTSIDE_STAY".equals(kind) && clash.departureAt() != null;
        lines.add(Phrase.of("alert.clash.detail." + kind + (afterDeparture ? ".afterDeparture" : ""), args));
        if ("FLIGHT_CANCELLED".equals(kind) && clash.sessionStartsAt() != null) {
            lines.add(Phrase.of("alert.clash.firstCommitment", args));
        }
        // A waiting list (for a seat or a room) and hotel nights to correct are news for office hours, not for the duty manager at night.
        boolean urgent = !OFFICE_HOURS_KINDS.contains(kind);
        return new AlertService.Change(eventId, clash.delegationId(), clash.coordinatorId(), clash.locality(),
                AlertKind.CLASH_DETECTED, urgent, Phrase.of("alert.clash.title." + kind, args), lines,
                List.of(Phrase.of("alert.clash.todo." + kind)), member(clash.memberId()), Set.of(clash.memberName()), traceId,
                List.of(new Alert.Step(clashKey(clash.memberId(), clash.memberName(), clash.sessionId()), null, OPEN)));
    }

    private static AlertService.Change resolvedAlert(String eventId, ClashResolved resolved, String traceId) {
        require(resolved.delegationId(), resolved.memberName());
        Arg[] args = {Arg.text(resolved.locality()), Arg.text(resolved.memberName()),
                session(resolved.sessionTitle(), resolved.sessionId())};
        String detail = "SESSION_CANCELLED".equals(resolved.reason()) ? "alert.resolved.cancelled" : "alert.resolved.detail";
        return new AlertService.Change(eventId, resolved.delegationId(), resolved.coordinatorId(), resolved.locality(),
                AlertKind.CLASH_RESOLVED, false, Phrase.of("alert.resolved.title", args),
                List.of(Phrase.of(detail, args), Phrase.of("alert.why", why(resolved.reason()))), List.of(Phrase.of("alert.resolved.todo")),
                member(resolved.memberId()), Set.of(resolved.memberName()), traceId,
                List.of(new Alert.Step(clashKey(resolved.memberId(), resolved.memberName(), resolved.sessionId()), OPEN, null)));
    }

    private static AlertService.Change itineraryAlert(String eventId, ItineraryChanged changed, String traceId) {
        require(changed.delegationId(), changed.changes());
        boolean planned = "DELEGATION_REGISTERED".equals(changed.reason());
        boolean assigned = "COORDINATOR_ASSIGNED".equals(changed.reason());
        List<Phrase> lines = new ArrayList<>();
        List<Alert.Step> steps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        lines.add(planned ? Phrase.of("alert.itinerary.planned", Arg.text(changed.locality()))
                : assigned ? Phrase.of("alert.itinerary.assigned", Arg.text(changed.locality()))
                : Phrase.of("alert.itinerary.changed", Arg.text(changed.locality()), why(changed.reason())));
        for (ItineraryChanged.Change c : changed.changes()) {
            Arg what = c.entryId() != null && c.entryId().startsWith(SESSION_ENTRY) && "SESSION".equals(kindOf(c))
                    ? Arg.session(c.entryId().substring(SESSION_ENTRY.length()), c.description()) : Arg.text(c.description());
            steps.add(new Alert.Step("entry:" + c.entryId(), Objects.toString(c.before(), null), Objects.toString(c.after(), null)));
            names.addAll(membersOf(c.before()));
            names.addAll(membersOf(c.after()));
            if (c.before() == null) {
                lines.add(Phrase.of("alert.itinerary.added", what, entry(c.after())));
            } else if (c.after() == null) {
                lines.add(Phrase.of("alert.itinerary.removed", what, entry(c.before())));
            } else {
                lines.add(Phrase.of("alert.itinerary.moved", what, entry(c.before()), entry(c.after())));
            }
        }
        // A flight moving a pickup is for someone at the airport now: never held back.
        boolean urgent = "FLIGHT_STATUS_CHANGED".equals(changed.reason());
        String title = planned ? "alert.itinerary.title.planned" : assigned ? "alert.itinerary.title.assigned" : "alert.itinerary.title.changed";
        return new AlertService.Change(eventId, changed.delegationId(), changed.coordinatorId(), changed.locality(),
                assigned ? AlertKind.COORDINATOR_ASSIGNED : AlertKind.ITINERARY_CHANGED, urgent, Phrase.of(title, Arg.text(changed.locality())),
                lines, List.of(), Set.of(), names, traceId, steps);
    }

    /** Who rides what now; urgent when a flight or train moved it (someone is at the airport). */
    private static AlertService.Change transferAlert(String eventId, TransferReassigned transfer, String traceId) {
        require(transfer.delegationId(), transfer.changes());
        List<Phrase> lines = new ArrayList<>();
        List<Alert.Step> steps = new ArrayList<>();
        Set<String> members = new HashSet<>();
        lines.add(Phrase.of("alert.transfer.changed", Arg.text(transfer.locality()), Arg.text(transfer.port()), why(transfer.reason())));
        for (TransferReassigned.Change c : transfer.changes()) {
            lines.add(Phrase.of(c.departing() ? "alert.transfer.member.departure" : "alert.transfer.member", Arg.text(c.memberName()),
                    ride(c.before()), ride(c.after())));
            steps.add(new Alert.Step("ride:" + (c.memberId() != null ? c.memberId() : c.memberName()) + (c.departing() ? ":departure" : ""),
                    Objects.toString(c.before(), null), Objects.toString(c.after(), null)));
            if (c.memberId() != null) {
                members.add(c.memberId());
            }
        }
        boolean urgent = "FLIGHT_STATUS_CHANGED".equals(transfer.reason());
        return new AlertService.Change(eventId, transfer.delegationId(), transfer.coordinatorId(), transfer.locality(),
                AlertKind.ITINERARY_CHANGED, urgent,
                Phrase.of("alert.transfer.title", Arg.text(transfer.locality()), Arg.text(transfer.port())), lines,
                List.of(Phrase.of("alert.transfer.todo")), members, Set.of(), traceId, steps);
    }

    /**
     * How the delegation's hotpot team did in a heat or the final: its rank, its scores, the
     * round's ranking, and for a finalist when the final starts (urgent: the final follows the
     * heats within the hour, sooner than a digest would be sent).
     */
    private static AlertService.Change contestAlert(String eventId, RoundClosed round, boolean isFinal, String traceId) {
        require(round.delegationId(), round.rank(), round.teams(), round.total(), round.sessionId());
        Arg[] args = {Arg.text(round.locality()), Arg.text(round.teamName()), Arg.number(round.rank()), Arg.number(round.teams()),
                session(round.sessionTitle(), round.sessionId())};
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("alert.contest.placed", args));
        lines.add(Phrase.of("alert.contest.total", Arg.number(round.total()), Arg.number(round.judges() == null ? 0 : round.judges())));
        (round.scores() == null ? java.util.Map.<String, Integer>of() : round.scores()).forEach((criterion, sum) -> lines.add(
                Phrase.of("alert.contest.criterion", CRITERIA.contains(criterion) ? Arg.phrase("contest.criterion." + criterion)
                        : Arg.text(criterion), Arg.number(sum))));
        List<Phrase> todo = new ArrayList<>();
        if (!isFinal && round.isFinalist()) {
            lines.add(round.finalStartsAt() == null ? Phrase.of("alert.contest.finalist")
                    : Phrase.of("alert.contest.finalistAt", Arg.time(round.finalStartsAt())));
            todo.add(Phrase.of("alert.contest.todo.finalist"));
        } else if (!isFinal) {
            lines.add(Phrase.of("alert.contest.notFinalist"));
        }
        lines.add(Phrase.of("alert.contest.standings"));
        (round.standings() == null ? List.<RoundClosed.Placing>of() : round.standings()).forEach(p -> lines.add(
                Phrase.of("alert.contest.standing", Arg.number(p.rank()), Arg.text(p.teamName()), Arg.text(p.locality()), Arg.number(p.total()))));
        return new AlertService.Change(eventId, round.delegationId(), round.coordinatorId(), round.locality(), AlertKind.ITINERARY_CHANGED,
                !isFinal && round.isFinalist(), Phrase.of(isFinal ? "alert.contest.title.final" : "alert.contest.title.heat", args), lines,
                todo, round.memberIds() == null ? Set.of() : Set.copyOf(round.memberIds()), Set.of(), traceId,
                List.of(new Alert.Step("contest:" + round.sessionId(), null, String.valueOf(round.rank()))));
    }

    private static Arg ride(TransferReassigned.Ride ride) {
        if (ride == null) {
            return Arg.phrase("alert.ride.none");
        }
        if (ride.vehicleId() == null) {
            return Arg.phrase("alert.ride.waiting", Arg.time(ride.pickupAt()));
        }
        return Arg.phrase("alert.ride", Arg.text(ride.vehicleId()), Arg.time(ride.pickupAt()));
    }

    /** When and where, in conference time (and the reader's), and for a remote speaker in their own zone too. */
    private static Arg entry(ItineraryChanged.Entry entry) {
        Arg when = Arg.time(entry.startsAt(), entry.timeZone());
        Arg members = Arg.text(String.join(", ", entry.members() == null ? List.of() : entry.members()));
        if (entry.waiting() == null || entry.waiting().isEmpty()) {
            return Arg.phrase("alert.entry", when, Arg.text(entry.place()), members);
        }
        return Arg.phrase("alert.entry.waiting", when, Arg.text(entry.place()), members, Arg.text(String.join(", ", entry.waiting())));
    }

    /** The itinerary-service names a session's entry after the session ({@code session-<session id>}). */
    private static final String SESSION_ENTRY = "session-";

    private static String kindOf(ItineraryChanged.Change change) {
        ItineraryChanged.Entry entry = change.after() != null ? change.after() : change.before();
        return entry == null ? null : entry.kind();
    }

    /** A clash of one member with one session, as a digest's step: found (open), then resolved (gone). */
    private static String clashKey(String memberId, String memberName, String sessionId) {
        return "clash:" + (memberId != null ? memberId : memberName) + ":" + sessionId;
    }

    private static Set<String> member(String memberId) {
        return memberId == null ? Set.of() : Set.of(memberId);
    }

    private static List<String> membersOf(ItineraryChanged.Entry entry) {
        return entry == null || entry.members() == null ? List.of() : entry.members();
    }

    private static Arg session(String title, String id) {
        return id != null ? Arg.session(id, title) : title != null ? Arg.text(title) : Arg.phrase("alert.clash.noSession");
    }

    /** The registration or programme change behind an itinerary change, in words. */
    private static Arg why(String reason) {
        return Arg.phrase("reason." + (REASONS.contains(reason) ? reason : "OTHER"));
    }

    private static void require(Object... parts) {
        for (Object part : parts) {
            if (Objects.isNull(part)) {
                throw new PoisonEventException("Event lacks a field an alert needs");
            }
        }
    }
}
