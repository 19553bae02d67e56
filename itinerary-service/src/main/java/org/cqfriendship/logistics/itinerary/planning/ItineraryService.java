package org.cqfriendship.logistics.itinerary.planning;

import io.micrometer.core.instrument.Timer;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.itinerary.planning.ItineraryEventOutbox.EntryChange;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans and replans itineraries, a batch of changes at a time: the batch's itineraries are read
 * with one query, the seats of each session are booked once for the whole batch, every itinerary
 * is planned in memory, and they are written with one bulk write (new ones inserted, changed ones
 * version-guarded). An itinerary somebody else wrote meanwhile is planned again on its own from
 * what is stored; planning is idempotent, so that repeats nothing.
 */
@Service
public class ItineraryService {

    private static final Logger log = LoggerFactory.getLogger(ItineraryService.class);
    /** Itineraries planned and written together when a session or flight change touches many. */
    static final int CHUNK = 500;
    private static final int ATTEMPTS = 20;

    private final ItineraryRepository itineraries;
    private final ItineraryPlanner planner;
    private final ItineraryEventOutbox events;
    private final OutboxStore store;
    private final SeatBooking seats;
    private final TransferBooking transfers;
    private final RoomBooking rooms;
    private final FlightReports flightReports;
    private final PlanningTimes times;
    private final Traces traces;
    private final ItineraryWording wording;
    private final HeatDraws heats;
    private final StallPitches pitches;

    ItineraryService(ItineraryRepository itineraries, ItineraryPlanner planner, ItineraryEventOutbox events, OutboxStore store,
                     SeatBooking seats, TransferBooking transfers, RoomBooking rooms, FlightReports flightReports, PlanningTimes times,
                     Traces traces, ItineraryWording wording, HeatDraws heats, StallPitches pitches) {
        this.heats = heats;
        this.pitches = pitches;
        this.rooms = rooms;
        this.traces = traces;
        this.wording = wording;
        this.times = times;
        this.flightReports = flightReports;
        this.seats = seats;
        this.transfers = transfers;
        this.itineraries = itineraries;
        this.planner = planner;
        this.events = events;
        this.store = store;
    }

    /**
     * One change to plan: the delegation as it was (null: new) and as it is now, the registration
     * version it brings, why, and the trace its events continue (null: the current one).
     */
    private record Step(RegisteredDelegation before, RegisteredDelegation after, long delegationVersion, ChangeReason reason,
                        String traceparent) {

        String delegationId() {
            return after.delegationId();
        }

        Step planning(RegisteredDelegation planned) {
            return new Step(before, planned, delegationVersion, reason, traceparent);
        }

        /** Whether the delegation's hotpot team came, went or changed what the contest's draw goes by. */
        boolean teamChanged() {
            boolean had = before != null && !before.hotpotTeam().isEmpty();
            return (had || !after.hotpotTeam().isEmpty()) && (before == null || !before.teamAsDrawn().equals(after.teamAsDrawn()));
        }
    }

    /**
     * Plans a batch of registration events in order. A registration already planned, and a change
     * at a registration version already applied (a redelivery, or an older event), change nothing.
     * A change to a delegation with no itinerary is poison.
     */
    public void apply(List<Registration> batch) {
        Set<String> ids = batch.stream().map(Registration::delegationId).collect(Collectors.toSet());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, Itinerary> stored = byId(itineraries.findAllById(ids));
            Planned planned = plan(steps(batch, stored), stored, planner.programmeNow());
            if (planned.notWritten().isEmpty()) {
                houseWaiting(planned.waitingThatFit());
                rebalanceHeats(planned);
                return;
            }
        }
        throw new OptimisticLockingFailureException("Itineraries of this batch keep changing; retrying");
    }

    /** What each new registration event of the batch makes of its delegation, as the events before it left it. */
    private List<Step> steps(List<Registration> batch, Map<String, Itinerary> stored) {
        List<Registration> fresh = fresh(batch, stored);
        // Every flight and train the batch's delegations arrive on, before, during and after it: their reports, read once.
        Map<String, RegisteredDelegation> unreported = new HashMap<>();
        stored.forEach((id, itinerary) -> unreported.put(id, itinerary.delegation()));
        List<RegisteredDelegation> arriving = new ArrayList<>(unreported.values());
        for (Registration registration : fresh) {
            RegisteredDelegation after = after(registration, unreported.get(registration.delegationId()));
            unreported.put(registration.delegationId(), after);
            arriving.add(after);
        }
        FlightReports.Kept reports = flightReports.of(arriving);
        Map<String, RegisteredDelegation> now = new HashMap<>();
        stored.forEach((id, itinerary) -> now.put(id, itinerary.delegation()));
        List<Step> steps = new ArrayList<>();
        for (Registration registration : fresh) {
            RegisteredDelegation before = now.get(registration.delegationId());
            RegisteredDelegation after = reports.applyTo(after(registration, before));
            now.put(registration.delegationId(), after);
            steps.add(registration instanceof Registration.Changed changed
                    ? new Step(before, after, changed.delegationVersion(), changed.change().reason(), changed.traceparent())
                    : new Step(null, after, 0, ChangeReason.DELEGATION_REGISTERED, registration.traceparent()));
        }
        return steps;
    }

    /** The delegation after the event, from what it was before (null for a new one). */
    private static RegisteredDelegation after(Registration registration, RegisteredDelegation before) {
        return registration instanceof Registration.Changed changed ? changed.change().applyTo(before)
                : ((Registration.Registered) registration).delegation();
    }

    /** The batch's events that are news: not a registration already planned, nor a change at a version already applied. */
    private static List<Registration> fresh(List<Registration> batch, Map<String, Itinerary> stored) {
        Map<String, Long> versions = new HashMap<>();
        stored.forEach((id, itinerary) -> versions.put(id, itinerary.delegationVersion()));
        List<Registration> fresh = new ArrayList<>();
        for (Registration registration : batch) {
            String id = registration.delegationId();
            Long applied = versions.get(id);
            if (registration instanceof Registration.Registered) {
                if (applied != null) {
                    log.debug("Registration of {} already applied", id);
                    continue;
                }
                versions.put(id, 0L);
            } else if (registration instanceof Registration.Changed changed) {
                if (applied == null) {
                    throw new PoisonEventException("No itinerary for delegation " + id + " to apply " + changed.change().reason() + " to");
                }
                if (changed.delegationVersion() <= applied) {
                    log.debug("{} of {} at version {} already applied", changed.change().reason(), id, changed.delegationVersion());
                    continue;
                }
                versions.put(id, changed.delegationVersion());
            }
            fresh.add(registration);
        }
        return fresh;
    }

    /**
     * Re-times (or cancels) the pickups and drop-offs of exactly the delegations with members
     * arriving or leaving on the reported flight or train, and tells what that changes. A report older than the one applied changes nothing.
     */
    public void applyFlightStatus(RosterChange.FlightStatusChanged report) {
        flightReports.keep(report);
        Map<String, Itinerary> onIt = new LinkedHashMap<>();
        itineraries.findByRosterArrivalService(report.service()).forEach(i -> onIt.put(i.delegationId(), i));
        itineraries.findByRosterStayDepartureService(report.service()).forEach(i -> onIt.putIfAbsent(i.delegationId(), i));
        replanAll(onIt.values().stream().filter(itinerary -> report.touches(itinerary.delegation())).toList(), report, true);
    }

    /**
     * Replans every itinerary with a member signed up for the session, after programme staff moved
     * or cancelled it. Planning reads the programme as it is now, so a redelivered event finds
     * nothing to change.
     */
    public void replanSession(String sessionId, ChangeReason reason) {
        long started = System.nanoTime();
        List<Itinerary> signedUp = itineraries.findByRosterAttends(sessionId);
        replanAll(signedUp, new RosterChange.ProgrammeChanged(reason), true);
        log.info("{} of {}: replanned in {} ms, itineraries signed up: {}", reason, sessionId, (System.nanoTime() - started) / 1_000_000,
                signedUp.size());
    }

    /** Replans these delegations after seats moved at a session (a promotion from the waiting list, a smaller room). */
    public void replanDelegations(Collection<String> delegationIds, ChangeReason reason) {
        replanAll(byId(itineraries.findAllById(Set.copyOf(delegationIds))).values().stream().toList(),
                new RosterChange.ProgrammeChanged(reason), true);
    }

    /** The itineraries replanned after the change, {@value #CHUNK} at a time (then, if asked, those waiting for a room it freed). */
    private void replanAll(List<Itinerary> touched, RosterChange change, boolean houseWaiting) {
        Programme programme = planner.programmeNow();
        for (int from = 0; from < touched.size(); from += CHUNK) {
            List<Itinerary> chunk = touched.subList(from, Math.min(touched.size(), from + CHUNK));
            Map<String, Itinerary> stored = byId(chunk);
            for (int attempt = 0; !stored.isEmpty(); attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new OptimisticLockingFailureException("Itineraries keep changing; retrying " + change.reason());
                }
                FlightReports.Kept reports = flightReports.of(stored.values().stream().map(Itinerary::delegation).toList());
                List<Step> steps = stored.values().stream().map(itinerary -> new Step(itinerary.delegation(),
                        reports.applyTo(change.applyTo(itinerary.delegation())), itinerary.delegationVersion(), change.reason(), null)).toList();
                Planned planned = plan(steps, stored, programme);
                Set<Object> again = planned.notWritten();
                if (again.isEmpty() && houseWaiting) {
                    houseWaiting(planned.waitingThatFit());
                }
                if (again.isEmpty()) {
                    rebalanceHeats(planned);
                }
                stored = again.isEmpty() ? Map.of() : byId(itineraries.findAllById(again.stream().map(String::valueOf).toList()));
            }
        }
    }

    /** The delegations written by somebody else meanwhile, and those waiting for a room that one freed by the batch may fit. */
    private record Planned(Set<Object> notWritten, Set<String> waitingThatFit, boolean teamsChanged) {

        static final Planned NOTHING = new Planned(Set.of(), Set.of(), false);
    }

    /**
     * After a batch in which a hotpot team came, went or changed: the contest's heats are
     * rebalanced (until the draw is frozen), and the teams moved are planned again in their heat.
     */
    private void rebalanceHeats(Planned planned) {
        if (planned.teamsChanged()) {
            Set<String> moved = heats.teamsChanged();
            if (!moved.isEmpty()) {
                replanDelegations(moved, ChangeReason.HEATS_REBALANCED);
            }
        }
    }

    /**
     * The steps with each drawn team's members in their heat (the draw is read only when the batch
     * has a team).
     */
    private List<Step> inDrawnHeats(List<Step> steps) {
        if (steps.stream().allMatch(step -> step.after().hotpotTeam().isEmpty())) {
            return steps;
        }
        Map<String, List<String>> drawn = heats.drawn();
        Set<String> sessions = heats.heatSessions();
        return steps.stream().map(step -> step.planning(step.after().inContest(drawn.get(step.delegationId()), sessions))).toList();
    }

    /**
     * Plans again, as one batch booked first in line first, the delegations waiting for a hotel
     * room that a room freed now may fit: one read and one planning pass, however many. (Each
     * booking finds them again from what is stored, so a crash before this only delays them to the
     * next booking.) Their own replanning houses nobody else in turn: two waiting delegations that
     * each seem to fit but do not could otherwise replan each other for ever.
     */
    private void houseWaiting(Set<String> waiting) {
        if (waiting.isEmpty()) {
            return;
        }
        List<String> line = List.copyOf(waiting);
        List<Itinerary> inLine = byId(itineraries.findAllById(line)).values().stream()
                .sorted(Comparator.comparingInt(i -> line.indexOf(i.delegationId()))).toList();
        replanAll(inLine, new RosterChange.ProgrammeChanged(ChangeReason.ROOMS_REALLOCATED), false);
    }

    /**
     * Books seats, rooms and transfers for every step at once, plans each itinerary as the
     * steps before it left it, and writes each changed itinerary once with all its new events.
     */
    private Planned plan(List<Step> registered, Map<String, Itinerary> stored, Programme programme) {
        if (registered.isEmpty()) {
            return Planned.NOTHING;
        }
        boolean teamsChanged = registered.stream().anyMatch(Step::teamChanged);
        List<Step> steps = inDrawnHeats(registered);
        List<SeatBooking.Request> requests = steps.stream().map(step -> {
            Set<String> sessions = new HashSet<>(step.before() == null ? Set.of() : attended(step.before().members()));
            sessions.addAll(attended(step.after().members()));
            return new SeatBooking.Request(step.delegationId(), step.after().members(), sessions);
        }).toList();
        Map<String, Seating> seating = times.seats(() -> seats.bookAll(requests, programme));
        RoomBooking.Booked booked = rooms.bookAll(steps.stream().map(Step::after).toList());
        times.transfers(() -> transfers.bookAll(steps.stream()
                .map(step -> new TransferBooking.Request(step.after(), step.before(),
                        planner.departures(step.after(), booked.of(step.delegationId())),
                        departuresMoved(step, stored.get(step.delegationId()), booked), step.reason(), step.traceparent(),
                        step.delegationVersion())).toList()));
        // The carnival's pitches are read only for a batch with a stall application in it.
        Map<String, StallPitches.Pitch> pitched = steps.stream().anyMatch(step -> step.after().stall() != null)
                ? pitches.of(steps.stream().map(Step::delegationId).toList()) : Map.of();
        Timer.Sample planning = times.start();
        Map<String, Itinerary> current = new LinkedHashMap<>(stored);
        Map<String, List<OutboxMessage>> news = new LinkedHashMap<>();
        for (Step step : steps) {
            String id = step.delegationId();
            Itinerary before = current.get(id);
            ItineraryPlanner.Plan plan = planner.plan(step.after(), programme, seating.get(id), booked.of(id), pitched.get(id));
            Itinerary next = new Itinerary(id, step.after().locality(), step.after().coordinatorId(), plan.entries(), plan.clashes(),
                    step.after().members(), step.delegationVersion(), before == null ? null : before.version(), List.of(),
                    step.after().country(), step.after().hotpotTeamName(), step.after().stall());
            List<OutboxMessage> outbox = traces.continuing(step.traceparent(), () -> news(before, next, step.reason()));
            if (before != null && outbox.isEmpty() && next.delegation().equals(before.delegation())
                    && next.delegationVersion() == before.delegationVersion() && next.clashes().equals(before.clashes())) {
                continue; // nothing to tell, nothing to write
            }
            current.put(id, next);
            news.computeIfAbsent(id, d -> new ArrayList<>()).addAll(outbox);
        }
        List<OutboxStore.Write> writes = new ArrayList<>();
        news.forEach((id, outbox) -> {
            Itinerary planned = current.get(id);
            Itinerary was = stored.get(id);
            writes.add(was == null
                    ? new OutboxStore.Write(withOutbox(planned, outbox), id, null, outbox)
                    : new OutboxStore.Write(planned, id, was.version(), outbox));
        });
        Set<Object> notWritten = writes.isEmpty() ? Set.of() : store.saveAll(Itinerary.class, writes);
        times.itinerary(planning);
        return new Planned(notWritten, booked.waitingThatFit(), teamsChanged);
    }

    /**
     * Whether the step's drop-offs differ from those its stored itinerary has. The itinerary is
     * written after the transfers are booked, so it has drop-offs the transfers were booked for;
     * a batch cut short between the rooms and the itinerary (a member now in another hotel) finds
     * them differ when retried, and books them.
     */
    private boolean departuresMoved(Step step, Itinerary stored, RoomBooking.Booked booked) {
        List<ItineraryEntry> planned = stored == null ? List.of()
                : stored.entries().stream().filter(e -> e.kind() == ItineraryEntry.Kind.DROP_OFF).toList();
        return !Set.copyOf(planned).equals(Set.copyOf(planner.dropOffs(step.after(), booked.of(step.delegationId()))));
    }

    /** What the change tells: the entries it changed, the clashes it found and those it resolved (for a new itinerary, all of them). */
    private List<OutboxMessage> news(Itinerary before, Itinerary next, ChangeReason reason) {
        List<OutboxMessage> outbox = new ArrayList<>();
        List<EntryChange> entryChanges = entryChanges(before == null ? List.of() : before.entries(), next.entries());
        if (before == null || !entryChanges.isEmpty()) {
            outbox.add(events.changed(next, reason, entryChanges));
        } else if (!Objects.equals(before.coordinatorId(), next.coordinatorId()) && !next.entries().isEmpty()) {
            // Whoever serves the delegation now is told its whole plan, and its delegates who serves them.
            outbox.add(events.changed(next, ChangeReason.COORDINATOR_ASSIGNED, entryChanges(List.of(), next.entries())));
        }
        List<Clash> clashesBefore = before == null ? List.of() : before.clashes();
        Set<String> was = clashesBefore.stream().map(Clash::clashId).collect(Collectors.toSet());
        Set<String> is = next.clashes().stream().map(Clash::clashId).collect(Collectors.toSet());
        next.clashes().stream().filter(c -> !was.contains(c.clashId())).forEach(c -> outbox.add(events.clashDetected(next, c)));
        clashesBefore.stream().filter(c -> !is.contains(c.clashId())).forEach(c -> outbox.add(events.clashResolved(next, c, reason)));
        return outbox;
    }

    private static Itinerary withOutbox(Itinerary itinerary, List<OutboxMessage> outbox) {
        return new Itinerary(itinerary.delegationId(), itinerary.locality(), itinerary.coordinatorId(), itinerary.entries(),
                itinerary.clashes(), itinerary.roster(), itinerary.delegationVersion(), null, outbox, itinerary.country(),
                itinerary.hotpotTeamName(), itinerary.stall());
    }

    private static Map<String, Itinerary> byId(Iterable<Itinerary> found) {
        Map<String, Itinerary> byId = new LinkedHashMap<>();
        found.forEach(itinerary -> byId.put(itinerary.delegationId(), itinerary));
        return byId;
    }

    private static Set<String> attended(List<RegisteredDelegation.Traveller> members) {
        return members.stream().flatMap(m -> m.attends().stream()).collect(Collectors.toSet());
    }

    /** The itinerary as shown to a reader of {@code language}, with what each member rides from the port and to it. */
    public ItineraryView view(Itinerary itinerary, Locale language) {
        return ItineraryView.of(itinerary, transfers.ridesOf(itinerary.delegation()), wording.forReader(language));
    }

    /** These itineraries as shown, their rides read together (two reads, however many). */
    public List<ItineraryView> views(List<Itinerary> itineraries, Locale language) {
        Map<String, TransferBooking.Rides> rides = transfers.ridesOf(itineraries.stream().map(Itinerary::delegationId).toList());
        ItineraryWording.Reader words = wording.forReader(language);
        return itineraries.stream().map(i -> ItineraryView.of(i, rides.getOrDefault(i.delegationId(), TransferBooking.Rides.NONE), words))
                .toList();
    }

    /** The delegation's itinerary if {@code caller} may see it (its link, its coordinator, programme staff); empty otherwise. */
    public Optional<Itinerary> findFor(Caller caller, String delegationId) {
        return Optional.ofNullable(delegationId).flatMap(itineraries::findById)
                .filter(found -> caller.maySee(found.delegationId(), found.coordinatorId()));
    }

    /** These delegations' itineraries, with one read. */
    public List<Itinerary> findAll(Collection<String> delegationIds) {
        return List.copyOf(byId(itineraries.findAllById(Set.copyOf(delegationIds))).values());
    }

    public Optional<Itinerary> find(String delegationId) {
        return itineraries.findById(delegationId);
    }

    /** The itineraries of the delegations this coordinator serves. */
    public List<Itinerary> servedBy(String coordinatorId) {
        return itineraries.findByCoordinatorId(coordinatorId);
    }

    /** The entries that are new, gone or different, in the order of the new itinerary (gone ones last). */
    static List<EntryChange> entryChanges(List<ItineraryEntry> before, List<ItineraryEntry> after) {
        Map<String, ItineraryEntry> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.entryId(), e));
        List<EntryChange> changes = new ArrayList<>();
        for (ItineraryEntry entry : after) {
            ItineraryEntry previous = old.remove(entry.entryId());
            if (!entry.samePlanAs(previous)) {
                changes.add(new EntryChange(entry.entryId(), entry.title(), previous, entry));
            }
        }
        old.values().forEach(gone -> changes.add(new EntryChange(gone.entryId(), gone.title(), gone, null)));
        return changes;
    }
}
