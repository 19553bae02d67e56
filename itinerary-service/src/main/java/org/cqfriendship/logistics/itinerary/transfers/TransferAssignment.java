package org.cqfriendship.logistics.itinerary.transfers;

import io.micrometer.tracing.Tracer;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking.Departure;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Ledger;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Books the transfers: a batch of delegations is booked in memory one after another
 * ({@link BatchBookings}) on the trips as the {@link TransferLedger} has them, and entered as one
 * ledger version, booked again from the newer ledger when another booking entered first. A
 * delegation's booking changes only its own passengers ({@link TransferBook}); when that moves a
 * member who had a vehicle (a delayed flight, a new arrival), the ledger's write carries
 * {@code TransferReassigned} for that delegation alone. Also answers what each member rides and
 * the day's manifests.
 */
@Service
public class TransferAssignment implements TransferBooking {

    private static final int ATTEMPTS = 20;
    /** Delegations booked as one ledger version: bounds the ledger document, which holds their trips until they are written. */
    static final int CHUNK = 200;
    private final TransferLedger ledger;
    private final TransferEventOutbox events;
    private final PickupsMet pickupsMet;
    private final Fleet fleet;
    private final Traces traces;

    @Autowired
    TransferAssignment(TransferLedger ledger, TransferEventOutbox events, Fleet fleet, Traces traces, PickupsMet pickupsMet) {
        this.ledger = ledger;
        this.traces = traces;
        this.pickupsMet = pickupsMet;
        this.events = events;
        this.fleet = fleet;
    }

    /**
     * Books the requests {@value #CHUNK} at a time, each chunk as one ledger version. A delegation
     * whose arrivals and departures are unchanged (a programme change, a new coordinator) keeps
     * its booking and is not read.
     */
    @Override
    public void bookAll(List<Request> requests) {
        List<Request> moving = requests.stream().filter(r -> r.before() == null || r.departuresMoved()
                || !passengers(r.after(), List.of()).equals(passengers(r.before(), List.of()))).toList();
        for (int from = 0; from < moving.size(); from += CHUNK) {
            bookChunk(moving.subList(from, Math.min(moving.size(), from + CHUNK)));
        }
    }

    private void bookChunk(List<Request> requests) {
        // Per request, not per delegation: a batch may move one delegation twice, and each booking's trips must be read.
        List<Map<String, List<Passenger>>> passengers = requests.stream().map(r -> passengers(r.after(), r.departures())).toList();
        Set<String> delegationIds = new LinkedHashSet<>();
        requests.forEach(r -> delegationIds.add(r.after().delegationId()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Ledger current = ledger.current();
            BatchBookings batch = BatchBookings.read(delegationIds, ledger.vehicleTrips(), ledger.stored());
            List<OutboxMessage> news = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Request request = requests.get(i);
                String delegationId = request.after().delegationId();
                if (batch.bookedAfter(delegationId, request.delegationVersion())) {
                    continue;
                }
                TransferBook.Booking booking = TransferBook.book(delegationId, passengers.get(i), batch, fleet);
                batch.booked(delegationId, booking, request.delegationVersion());
                news.addAll(traces.continuing(request.traceparent(), () -> news(request.after(), booking, request.reason())));
            }
            if (batch.changesNothing() || ledger.enter(current, batch, news)) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Transfers of " + delegationIds + " keep changing; retrying the events");
    }

    /** Outside any trace, on a ledger of its own (tests). */
    TransferAssignment(MongoTemplate mongo, OutboxStore store, TransferEventOutbox events, Fleet fleet) {
        this(new TransferLedger(mongo, store), events, fleet, new Traces(Tracer.NOOP), new PickupsMet(mongo));
    }

    /** On {@code ledger}, outside any trace (tests). */
    TransferAssignment(TransferLedger ledger, MongoTemplate mongo, TransferEventOutbox events, Fleet fleet) {
        this(ledger, events, fleet, new Traces(Tracer.NOOP), new PickupsMet(mongo));
    }

    /** How many times the trips in memory were read again from the store (at start, after a replay, or far behind). */
    long rebuilds() {
        return ledger.rebuilds();
    }

    @Override
    public Map<String, Rides> ridesOf(Collection<String> delegationIds) {
        Map<String, Rides> rides = new HashMap<>();
        delegationIds.forEach(id -> rides.put(id, new Rides(new HashMap<>(), new HashMap<>())));
        List<String> tripIds = ledger.stored().ridesOf(delegationIds).values().stream().flatMap(r -> r.rides().stream()).map(RideRef::tripId).distinct().toList();
        Collection<Trip> trips = ledger.stored().trips(tripIds).values();
        Map<String, Instant> met = pickupsMet.metAt(trips.stream().flatMap(t -> t.passengers().stream())
                .filter(p -> !p.departing() && rides.containsKey(p.delegationId())).map(Passenger::memberId).toList());
        for (Trip trip : trips) {
            trip.passengers().stream().filter(p -> rides.containsKey(p.delegationId())).forEach(p -> {
                Rides delegation = rides.get(p.delegationId());
                (p.departing() ? delegation.dropOffs() : delegation.pickups()).put(p.memberId(), new Ride(trip.vehicleId(), trip.type(),
                        trip.vehicleId() == null ? null : trip.departsAt(), p.departing() ? null : met.get(p.memberId())));
            });
        }
        return rides;
    }

    /** Every port's trips starting that day (Chongqing time), ports in order. */
    public List<Manifest> manifests(LocalDate day) {
        Ledger current = ledger.current();
        if (current == null || current.ports() == null) {
            return List.of();
        }
        Instant from = day.atStartOfDay(ConferenceTime.ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(ConferenceTime.ZONE).toInstant();
        List<Manifest> manifests = new ArrayList<>();
        for (String port : new TreeSet<>(current.ports())) {
            List<String> tripIds = ledger.stored().startingBetween(port, from, until.minusNanos(1)).stream().map(TripSlot::tripId).toList();
            Map<String, Trip> byId = new HashMap<>(ledger.stored().trips(tripIds));
            ledger.unassigned(port, from, until).forEach(t -> byId.putIfAbsent(t.tripId(), t));
            List<Trip> trips = byId.values().stream().filter(t -> !t.passengers().isEmpty())
                    .sorted(Comparator.comparing(Trip::slotStart).thenComparing(Trip::tripId)).toList();
            if (!trips.isEmpty()) {
                manifests.add(Manifest.of(port, day, trips, fleet, pickupsMet.metAt(trips.stream()
                        .flatMap(t -> t.passengers().stream()).map(Passenger::memberId).collect(Collectors.toSet()))));
            }
        }
        return manifests;
    }

    /** {@code TransferReassigned} when a member's ride changed, except on the delegation's first plan. */
    private List<OutboxMessage> news(RegisteredDelegation delegation, TransferBook.Booking booking, ChangeReason reason) {
        if (reason == ChangeReason.DELEGATION_REGISTERED) {
            return List.of();
        }
        Set<Passenger.Leg> legs = new LinkedHashSet<>(booking.before().keySet());
        legs.addAll(booking.after().keySet());
        List<TransferEventOutbox.Change> changes = new ArrayList<>();
        for (Passenger.Leg leg : legs) {
            TransferBook.Ride was = booking.before().get(leg);
            TransferBook.Ride now = booking.after().get(leg);
            if (!Objects.equals(was, now)) {
                String name = delegation.members().stream().filter(m -> m.memberId().equals(leg.memberId())).map(Traveller::name)
                        .findFirst().orElse(leg.memberId());
                changes.add(new TransferEventOutbox.Change(leg.memberId(), name, leg.departing(), ride(was), ride(now)));
            }
        }
        String ports = String.join(", ", booking.tripsByPort().keySet());
        return changes.isEmpty() ? List.of() : List.of(events.reassigned(delegation.delegationId(), delegation.coordinatorId(),
                delegation.locality(), ports, reason, changes));
    }

    private static TransferEventOutbox.Ride ride(TransferBook.Ride ride) {
        return ride == null ? null : new TransferEventOutbox.Ride(ride.vehicleId(), ride.vehicleType(), ride.pickupAt());
    }


    /**
     * The members to take, by port: those in Chongqing with an arrival that is not cancelled,
     * from the port; and those departing, to it.
     */
    private static Map<String, List<Passenger>> passengers(RegisteredDelegation delegation, List<Departure> departures) {
        Map<String, List<Passenger>> byPort = new LinkedHashMap<>();
        delegation.members().stream().filter(m -> m.inPerson() && m.arrival() != null && !m.arrival().cancelled())
                .forEach(m -> byPort.computeIfAbsent(m.arrival().port(), p -> new ArrayList<>())
                        .add(passenger(delegation, m, m.arrival().service(), m.arrival().effectiveAt(), null, null)));
        Map<String, Traveller> members = delegation.members().stream().collect(Collectors.toMap(Traveller::memberId, m -> m, (a, b) -> a));
        for (Departure departure : departures) {
            Traveller m = members.get(departure.memberId());
            if (m != null) {
                byPort.computeIfAbsent(departure.port(), p -> new ArrayList<>()).add(passenger(delegation, m, departure.service(),
                        departure.collectedAt(), departure.from(), departure.atPort()));
            }
        }
        return byPort;
    }

    private static Passenger passenger(RegisteredDelegation delegation, Traveller member, String service, Instant collectedAt, String from,
                                       Instant atPort) {
        return new Passenger(delegation.delegationId(), delegation.locality(), member.memberId(), member.name(), member.head(),
                member.needs().accessibility() != null, service, collectedAt, "INTERPRETER".equals(member.role()), from, atPort);
    }

}
