package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.alert.news.ChangeReason;
import org.cqfriendship.logistics.notification.alert.news.CheckedIn;
import org.cqfriendship.logistics.notification.alert.news.ClashDetected;
import org.cqfriendship.logistics.notification.alert.news.ClashResolved;
import org.cqfriendship.logistics.notification.alert.news.ItineraryChanged;
import org.cqfriendship.logistics.notification.alert.news.RoundClosed;
import org.cqfriendship.logistics.notification.alert.news.TransferReassigned;
import org.cqfriendship.logistics.notification.wording.Phrase.Arg;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told of what, how urgently, and in which words: each piece of news from the other
 * services ({@code alert.news}) becomes the change {@link AlertService#recordAll} tells, with
 * what changed (before and after), why, and what to do, as phrases each reader gets in their own
 * language. News that lacks what an alert needs is poison (dead-lettered, not retried).
 */
public final class AlertPolicy {

    private static final Set<String> CLASH_KINDS = Set.of("LATE_ARRIVAL", "FLIGHT_CANCELLED", "OVERLAPPING_SESSIONS",
            "DEPARTS_BEFORE_END", "NO_SEAT", "OUTSIDE_STAY", "NO_ROOM", "NIGHTS_OUTSIDE_STAY");
    private static final Set<String> OFFICE_HOURS_KINDS = Set.of("NO_SEAT", "NO_ROOM", "NIGHTS_OUTSIDE_STAY");
    /** The contest's criteria this service has words for; another configured one is shown by its name. */
    private static final Set<String> CRITERIA = Set.of("taste", "technique", "presentation");

    private static final String OPEN = "open";
    /** The places where a head of delegation's first scan is news for the coordinator. */
    private static final Set<String> ARRIVALS_TOLD_AT = Set.of("PORT", "HOTEL");

    private AlertPolicy() {
    }

    /**
     * A badge scanned: news only when it is the head of delegation's first scan at a port or hotel
     * desk (landed and met, or at the hotel). Not urgent: it goes by the usual digest rules.
     */
    public static Optional<AlertService.Change> checkedIn(String eventId, CheckedIn checkIn, String traceId) {
        if (!"HEAD".equals(checkIn.role()) || !checkIn.firstAtPlace() || !ARRIVALS_TOLD_AT.contains(checkIn.placeKind())) {
            return Optional.empty();
        }
        if (checkIn.delegationId() == null || checkIn.memberId() == null || checkIn.scannedAt() == null) {
            throw new PoisonEventException("CheckedIn without delegation, member or time");
        }
        Arg[] args = {Arg.text(checkIn.locality()), Arg.text(checkIn.displayName()), Arg.text(checkIn.port()), Arg.time(checkIn.scannedAt())};
        String kind = checkIn.placeKind();
        return Optional.of(new AlertService.Change(eventId, checkIn.delegationId(), checkIn.coordinatorId(), checkIn.locality(),
                AlertKind.ARRIVED, false, Phrase.of("alert.arrival.title." + kind, args), List.of(Phrase.of("alert.arrival.detail." + kind, args)),
                List.of(), Set.of(), Set.of(), traceId,
                List.of(new Alert.Step("arrival:" + checkIn.memberId() + ":" + kind, null, checkIn.placeId()))));
    }

    /** A clash found; urgent unless it waits for office hours (a waiting list, hotel nights to correct). */
    public static AlertService.Change clashDetected(String eventId, ClashDetected clash, String traceId) {
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

    /** A clash gone; never urgent. */
    public static AlertService.Change clashResolved(String eventId, ClashResolved resolved, String traceId) {
        require(resolved.delegationId(), resolved.memberName());
        Arg[] args = {Arg.text(resolved.locality()), Arg.text(resolved.memberName()),
                session(resolved.sessionTitle(), resolved.sessionId())};
        String detail = resolved.changeReason() == ChangeReason.SESSION_CANCELLED ? "alert.resolved.cancelled" : "alert.resolved.detail";
        return new AlertService.Change(eventId, resolved.delegationId(), resolved.coordinatorId(), resolved.locality(),
                AlertKind.CLASH_RESOLVED, false, Phrase.of("alert.resolved.title", args),
                List.of(Phrase.of(detail, args), Phrase.of("alert.why", why(resolved.changeReason()))), List.of(Phrase.of("alert.resolved.todo")),
                member(resolved.memberId()), Set.of(resolved.memberName()), traceId,
                List.of(new Alert.Step(clashKey(resolved.memberId(), resolved.memberName(), resolved.sessionId()), OPEN, null)));
    }

    /** An itinerary planned or changed; urgent when a flight or train moved it. */
    public static AlertService.Change itineraryChanged(String eventId, ItineraryChanged changed, String traceId) {
        require(changed.delegationId(), changed.changes());
        boolean planned = changed.changeReason() == ChangeReason.DELEGATION_REGISTERED;
        boolean assigned = changed.changeReason() == ChangeReason.COORDINATOR_ASSIGNED;
        List<Phrase> lines = new ArrayList<>();
        List<Alert.Step> steps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        lines.add(planned ? Phrase.of("alert.itinerary.planned", Arg.text(changed.locality()))
                : assigned ? Phrase.of("alert.itinerary.assigned", Arg.text(changed.locality()))
                : Phrase.of("alert.itinerary.changed", Arg.text(changed.locality()), why(changed.changeReason())));
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
        boolean urgent = changed.changeReason() == ChangeReason.FLIGHT_STATUS_CHANGED;
        String title = planned ? "alert.itinerary.title.planned" : assigned ? "alert.itinerary.title.assigned" : "alert.itinerary.title.changed";
        return new AlertService.Change(eventId, changed.delegationId(), changed.coordinatorId(), changed.locality(),
                assigned ? AlertKind.COORDINATOR_ASSIGNED : AlertKind.ITINERARY_CHANGED, urgent, Phrase.of(title, Arg.text(changed.locality())),
                lines, List.of(), Set.of(), names, traceId, steps);
    }

    /** Who rides what now; urgent when a flight or train moved it (someone is at the airport). */
    public static AlertService.Change transferReassigned(String eventId, TransferReassigned transfer, String traceId) {
        require(transfer.delegationId(), transfer.changes());
        List<Phrase> lines = new ArrayList<>();
        List<Alert.Step> steps = new ArrayList<>();
        Set<String> members = new HashSet<>();
        lines.add(Phrase.of("alert.transfer.changed", Arg.text(transfer.locality()), Arg.text(transfer.port()), why(transfer.changeReason())));
        for (TransferReassigned.Change c : transfer.changes()) {
            lines.add(Phrase.of(c.departing() ? "alert.transfer.member.departure" : "alert.transfer.member", Arg.text(c.memberName()),
                    ride(c.before()), ride(c.after())));
            steps.add(new Alert.Step("ride:" + (c.memberId() != null ? c.memberId() : c.memberName()) + (c.departing() ? ":departure" : ""),
                    Objects.toString(c.before(), null), Objects.toString(c.after(), null)));
            if (c.memberId() != null) {
                members.add(c.memberId());
            }
        }
        boolean urgent = transfer.changeReason() == ChangeReason.FLIGHT_STATUS_CHANGED;
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
    public static AlertService.Change roundClosed(String eventId, RoundClosed round, boolean isFinal, String traceId) {
        require(round.delegationId(), round.rank(), round.teams(), round.total(), round.sessionId());
        Arg[] args = {Arg.text(round.locality()), Arg.text(round.teamName()), Arg.number(round.rank()), Arg.number(round.teams()),
                session(round.sessionTitle(), round.sessionId())};
        List<Phrase> lines = new ArrayList<>();
        lines.add(Phrase.of("alert.contest.placed", args));
        lines.add(Phrase.of("alert.contest.total", Arg.number(round.total()), Arg.number(round.judges() == null ? 0 : round.judges())));
        (round.scores() == null ? Map.<String, Integer>of() : round.scores()).forEach((criterion, sum) -> lines.add(
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

    private static @Nullable String kindOf(ItineraryChanged.Change change) {
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
    private static Arg why(ChangeReason reason) {
        return Arg.phrase(reason.messageKey());
    }

    private static void require(Object... parts) {
        for (Object part : parts) {
            if (Objects.isNull(part)) {
                throw new PoisonEventException("Event lacks a field an alert needs");
            }
        }
    }
}
