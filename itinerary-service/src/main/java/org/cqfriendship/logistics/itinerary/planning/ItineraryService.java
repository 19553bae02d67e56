package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.planning.ItineraryEventOutbox.EntryChange;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Service
public class ItineraryService {

    private static final Logger log = LoggerFactory.getLogger(ItineraryService.class);

    private final ItineraryRepository itineraries;
    private final ItineraryPlanner planner;
    private final ItineraryEventOutbox events;
    private final OutboxStore store;
    private final SeatBooking seats;
    private final TransferBooking transfers;
    private final FlightReports flightReports;
    private final PlanningTimes times;

    ItineraryService(ItineraryRepository itineraries, ItineraryPlanner planner, ItineraryEventOutbox events,
                     OutboxStore store, SeatBooking seats, TransferBooking transfers, FlightReports flightReports, PlanningTimes times) {
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
     * Plans a newly registered delegation and stores the itinerary with its events in one write.
     * The itinerary's id is the delegation's, so a redelivered registration finds it and changes nothing.
     */
    public void planNewDelegation(RegisteredDelegation registered) {
        // findById, not existsById: that counts, and the local store answers a count by reading every itinerary.
        if (itineraries.findById(registered.delegationId()).isPresent()) {
            log.debug("Registration of {} already applied", registered.delegationId());
            return;
        }
        RegisteredDelegation delegation = flightReports.applyTo(registered);
        Programme programme = planner.programmeNow();
        Seating seating = times.seats(() -> seats.book(delegation.delegationId(), delegation.members(), attended(delegation.members()), programme));
        times.transfers(() -> transfers.book(delegation, null, "DELEGATION_REGISTERED"));
        Timer.Sample planning = times.start();
        ItineraryPlanner.Plan plan = planner.plan(delegation, programme, seating);
        Itinerary itinerary = new Itinerary(delegation.delegationId(), delegation.locality(), delegation.coordinatorId(),
                plan.entries(), plan.clashes(), delegation.members(), 0, null, List.of());
        List<OutboxMessage> outbox = new ArrayList<>();
        outbox.add(events.changed(itinerary, "DELEGATION_REGISTERED", entryChanges(List.of(), plan.entries())));
        plan.clashes().forEach(clash -> outbox.add(events.clashDetected(itinerary, clash)));
        Itinerary planned = new Itinerary(itinerary.delegationId(), itinerary.locality(), itinerary.coordinatorId(),
                itinerary.entries(), itinerary.clashes(), itinerary.roster(), 0, null, outbox);
        if (!store.save(planned, planned.delegationId(), null, outbox)) {
            log.debug("Itinerary {} was planned concurrently", delegation.delegationId());
        }
        times.itinerary(planning);
    }

    /**
     * Replans a delegation after a change to it, and publishes exactly what changed in its
     * itinerary: the entries before and after, clashes found and clashes resolved. A change with a
     * registration version already applied (a redelivery, or an older event) changes nothing.
     */
    public void replan(String delegationId, long delegationVersion, RosterChange change) {
        Itinerary current = itineraries.findById(delegationId).orElseThrow(() ->
                new PoisonEventException("No itinerary for delegation " + delegationId + " to apply " + change.reason() + " to"));
        if (delegationVersion <= current.delegationVersion()) {
            log.debug("{} of {} at version {} already applied", change.reason(), delegationId, delegationVersion);
            return;
        }
        replanWith(current, change, delegationVersion, planner.programmeNow());
    }

    /**
     * Re-times (or cancels) the pickups of exactly the delegations with members on the reported
     * flight or train, and tells what that changes. A report older than the one applied changes nothing.
     */
    public void applyFlightStatus(RosterChange.FlightStatusChanged report) {
        flightReports.keep(report);
        Programme programme = planner.programmeNow();
        for (Itinerary itinerary : itineraries.findByRosterArrivalService(report.service())) {
            if (report.touches(itinerary.delegation())) {
                replanWith(itinerary, report, itinerary.delegationVersion(), programme);
            }
        }
    }

    /**
     * Replans every itinerary with a member signed up for the session, after programme staff moved
     * or cancelled it. Planning reads the programme as it is now, so a redelivered event finds
     * nothing to change.
     */
    public void replanSession(String sessionId, String reason) {
        long started = System.nanoTime();
        Programme programme = planner.programmeNow();
        List<Itinerary> signedUp = itineraries.findByRosterAttends(sessionId);
        for (Itinerary itinerary : signedUp) {
            replanWith(itinerary, new RosterChange.ProgrammeChanged(reason), itinerary.delegationVersion(), programme);
        }
        log.info("{} of {}: replanned in {} ms, itineraries signed up: {}", reason, sessionId, (System.nanoTime() - started) / 1_000_000,
                signedUp.size());
    }

    private void replanWith(Itinerary current, RosterChange change, long delegationVersion, Programme programme) {
        String delegationId = current.delegationId();
        RegisteredDelegation after = flightReports.applyTo(change.applyTo(current.delegation()));
        Set<String> sessions = new java.util.HashSet<>(attended(current.roster()));
        sessions.addAll(attended(after.members()));
        Seating seating = times.seats(() -> seats.book(delegationId, after.members(), sessions, programme));
        times.transfers(() -> transfers.book(after, current.delegation(), change.reason()));
        Timer.Sample planning = times.start();
        ItineraryPlanner.Plan plan = planner.plan(after, programme, seating);
        Itinerary next = new Itinerary(delegationId, after.locality(), after.coordinatorId(), plan.entries(), plan.clashes(),
                after.members(), delegationVersion, current.version(), List.of());
        List<OutboxMessage> outbox = new ArrayList<>();
        List<EntryChange> entryChanges = entryChanges(current.entries(), plan.entries());
        if (!entryChanges.isEmpty()) {
            outbox.add(events.changed(next, change.reason(), entryChanges));
        }
        Set<String> before = current.clashes().stream().map(Clash::clashId).collect(Collectors.toSet());
        Set<String> now = plan.clashes().stream().map(Clash::clashId).collect(Collectors.toSet());
        plan.clashes().stream().filter(c -> !before.contains(c.clashId())).forEach(c -> outbox.add(events.clashDetected(next, c)));
        current.clashes().stream().filter(c -> !now.contains(c.clashId()))
                .forEach(c -> outbox.add(events.clashResolved(next, c, change.reason())));
        if (outbox.isEmpty() && next.roster().equals(current.roster()) && delegationVersion == current.delegationVersion()
                && next.clashes().equals(current.clashes())) {
            return; // nothing to tell, nothing to write
        }
        if (!store.update(next, delegationId, current.version(), outbox)) {
            throw new OptimisticLockingFailureException("Itinerary " + delegationId + " changed meanwhile; retrying");
        }
        times.itinerary(planning);
    }

    /** Replans these delegations after seats moved at a session (a promotion from the waiting list, a smaller room). */
    public void replanDelegations(java.util.Collection<String> delegationIds, String reason) {
        Programme programme = planner.programmeNow();
        for (String delegationId : delegationIds) {
            itineraries.findById(delegationId).ifPresent(itinerary ->
                    replanWith(itinerary, new RosterChange.ProgrammeChanged(reason), itinerary.delegationVersion(), programme));
        }
    }

    private static Set<String> attended(List<RegisteredDelegation.Traveller> members) {
        return members.stream().flatMap(m -> m.attends().stream()).collect(Collectors.toSet());
    }

    /** The itinerary as shown, with what each arriving member rides from the port. */
    ItineraryView view(Itinerary itinerary) {
        return ItineraryView.of(itinerary, transfers.ridesOf(itinerary.delegation()));
    }

    public Optional<Itinerary> find(String delegationId) {
        return itineraries.findById(delegationId);
    }

    /** The entries that are new, gone or different, in the order of the new itinerary (gone ones last). */
    static List<EntryChange> entryChanges(List<ItineraryEntry> before, List<ItineraryEntry> after) {
        Map<String, ItineraryEntry> old = new LinkedHashMap<>();
        before.forEach(e -> old.put(e.entryId(), e));
        List<EntryChange> changes = new ArrayList<>();
        for (ItineraryEntry entry : after) {
            ItineraryEntry previous = old.remove(entry.entryId());
            if (!Objects.equals(previous, entry)) {
                changes.add(new EntryChange(entry.entryId(), entry.title(), previous, entry));
            }
        }
        old.values().forEach(gone -> changes.add(new EntryChange(gone.entryId(), gone.title(), gone, null)));
        return changes;
    }
}
