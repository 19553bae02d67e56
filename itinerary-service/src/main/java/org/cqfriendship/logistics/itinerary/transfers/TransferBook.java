package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Works out one delegation's booking from what is stored: its passengers are taken off the trips
 * they were on and planned again among the trips near their arrivals ({@link TransferPlanner}).
 * It reads the delegation's rides, the trips on a vehicle within the busy time of each arrival
 * (from memory, {@link VehicleTrips}), and the trips it leaves or joins: a few small documents,
 * however many trips the day has.
 */
final class TransferBook {

    /** What a booking reads. */
    interface Stored {

        List<RideRef> ridesOf(String delegationId);

        /** The trips on a vehicle, with passengers, starting at the port from {@code from} until {@code until}. */
        List<TripSlot> startingBetween(String port, Instant from, Instant until);

        /** These trips as stored, by id (new ones missing). */
        Map<String, Trip> trips(Collection<String> tripIds);
    }

    /** A member's ride, as the delegation is told of it. */
    record Ride(String vehicleId, String vehicleType, Instant pickupAt) {
    }

    /**
     * What to write (each changed trip as a whole, by port; a trip with no passengers left is
     * emptied), the delegation's rides after, and each member's ride before and after.
     */
    record Booking(Map<String, List<Trip>> tripsByPort, List<RideRef> rides, boolean ridesChanged, Map<Passenger.Leg, Ride> before,
                   Map<Passenger.Leg, Ride> after) {

        boolean changesNothing() {
            return tripsByPort.isEmpty() && !ridesChanged;
        }
    }

    private TransferBook() {
    }

    /** Books exactly {@code passengers} (by port) for the delegation, and nobody else. */
    static Booking book(String delegationId, Map<String, List<Passenger>> passengers, Stored stored, Fleet fleet) {
        List<RideRef> old = stored.ridesOf(delegationId);
        Map<String, Trip> riding = stored.trips(old.stream().map(RideRef::tripId).collect(Collectors.toSet()));
        if (bookedAsAsked(delegationId, passengers, old, riding)) {
            // A batch retried after a failure (the store died after the ledger was entered) asks again for what it booked:
            // planned afresh among the trips booked since, it could move them, and tell of a second change nobody made.
            Map<Passenger.Leg, Ride> rides = ridesOf(delegationId, riding.values());
            return new Booking(Map.of(), old, false, rides, rides);
        }
        Set<String> ports = new TreeSet<>(passengers.keySet());
        old.forEach(r -> ports.add(r.port()));
        Map<String, Integer> oursOn = new HashMap<>();
        old.forEach(r -> oursOn.merge(r.tripId(), 1, Integer::sum));

        Map<Passenger.Leg, String> tripOfMember = new HashMap<>();
        // Of the plan's trips (every trip near the arrivals, thousands at a busy hour), only the delegation's own, before and after.
        Map<String, TripSlot> planned = new HashMap<>();
        for (String port : ports) {
            Collection<TripSlot> near = near(port, passengers.getOrDefault(port, List.of()), stored, fleet);
            List<TripSlot> nearby = new ArrayList<>(near.size());
            if (oursOn.isEmpty()) {
                nearby.addAll(near);
            } else {
                near.forEach(t -> nearby.add(oursOn.containsKey(t.tripId()) ? t.withPeople(t.people() - oursOn.get(t.tripId())) : t));
            }
            TransferPlanner.Plan plan = TransferPlanner.plan(port, nearby, passengers.getOrDefault(port, List.of()), fleet);
            tripOfMember.putAll(plan.tripOfMember());
            Set<String> ours = new HashSet<>(plan.tripOfMember().values());
            plan.trips().forEach(t -> {
                if (ours.contains(t.tripId()) || oursOn.containsKey(t.tripId())) {
                    planned.put(t.tripId(), t);
                }
            });
        }

        Set<String> touched = new LinkedHashSet<>();
        old.forEach(r -> touched.add(r.tripId()));
        touched.addAll(tripOfMember.values());
        Map<String, Trip> existing = stored.trips(touched);
        Map<String, String> portOfTrip = new HashMap<>();
        old.forEach(r -> portOfTrip.put(r.tripId(), r.port()));
        List<RideRef> rides = new ArrayList<>();
        Map<String, List<Passenger>> joining = new LinkedHashMap<>();
        for (String port : ports) {
            for (Passenger p : TransferPlanner.ordered(passengers.getOrDefault(port, List.of()))) {
                String tripId = tripOfMember.get(p.leg());
                joining.computeIfAbsent(tripId, t -> new ArrayList<>()).add(p);
                portOfTrip.put(tripId, port);
                rides.add(new RideRef(p.memberId(), port, tripId, planned.get(tripId).slotStart(), p.departing()));
            }
        }

        Map<String, Trip> finalTrips = new LinkedHashMap<>();
        Map<String, List<Trip>> changedByPort = new LinkedHashMap<>();
        for (String tripId : touched) {
            Trip was = existing.get(tripId);
            TripSlot slot = planned.get(tripId);
            if (was == null && slot == null) {
                continue; // a ride that points at nothing stored: there is nothing to leave
            }
            List<Passenger> riders = new ArrayList<>(was == null ? List.of()
                    : was.passengers().stream().filter(p -> !p.delegationId().equals(delegationId)).toList());
            riders.addAll(joining.getOrDefault(tripId, List.of()));
            Trip now = slot != null ? new Trip(tripId, slot.vehicleId(), slot.type(), slot.slotStart(), riders)
                    : new Trip(tripId, was.vehicleId(), was.type(), was.slotStart(), riders);
            finalTrips.put(tripId, now);
            if (!now.equals(was)) {
                changedByPort.computeIfAbsent(portOfTrip.get(tripId), p -> new ArrayList<>()).add(now);
            }
        }
        boolean ridesChanged = !Set.copyOf(rides).equals(Set.copyOf(old));
        return new Booking(changedByPort, rides, ridesChanged, ridesOf(delegationId, existing.values()),
                ridesOf(delegationId, finalTrips.values()));
    }

    /**
     * Whether the delegation's rides already carry exactly these passengers, each at its port on a
     * stored trip that has them as they are now: then there is nothing to book.
     */
    private static boolean bookedAsAsked(String delegationId, Map<String, List<Passenger>> passengers, List<RideRef> rides,
                                         Map<String, Trip> riding) {
        Map<Passenger.Leg, Passenger> asked = new HashMap<>();
        Map<Passenger.Leg, String> portOf = new HashMap<>();
        passengers.forEach((port, list) -> list.forEach(p -> {
            asked.put(p.leg(), p);
            portOf.put(p.leg(), port);
        }));
        if (asked.isEmpty() || rides.size() != asked.size()) {
            return false;
        }
        for (RideRef ride : rides) {
            Trip trip = riding.get(ride.tripId());
            if (trip == null || !ride.port().equals(portOf.get(ride.leg()))
                    || trip.passengers().stream().noneMatch(p -> p.equals(asked.get(ride.leg())))) {
                return false;
            }
        }
        long aboard = riding.values().stream().flatMap(t -> t.passengers().stream()).filter(p -> p.delegationId().equals(delegationId)).count();
        return aboard == asked.size();
    }

    /**
     * The trips on a vehicle that can matter to these arrivals: those starting within the busy
     * time of one (a trip further away can neither be joined nor hold a vehicle then).
     */
    static Collection<TripSlot> near(String port, List<Passenger> arriving, Stored stored, Fleet fleet) {
        List<Instant> arrivals = arriving.stream().map(Passenger::arrivalAt).sorted().toList();
        List<List<TripSlot>> spans = new ArrayList<>();
        int i = 0;
        while (i < arrivals.size()) {
            // Arrivals whose spans overlap (a party on one flight) are read as one span.
            Instant from = TransferPlanner.nearFrom(arrivals.get(i), fleet);
            Instant until = TransferPlanner.nearUntil(arrivals.get(i), fleet);
            while (++i < arrivals.size() && !TransferPlanner.nearFrom(arrivals.get(i), fleet).isAfter(until)) {
                until = TransferPlanner.nearUntil(arrivals.get(i), fleet);
            }
            spans.add(stored.startingBetween(port, from, until));
        }
        if (spans.size() == 1) {
            return spans.get(0); // most parties arrive together: one span, nothing to merge
        }
        Map<String, TripSlot> near = new LinkedHashMap<>();
        spans.forEach(span -> span.forEach(t -> near.putIfAbsent(t.tripId(), t)));
        return near.values();
    }

    private static Map<Passenger.Leg, Ride> ridesOf(String delegationId, Collection<Trip> trips) {
        Map<Passenger.Leg, Ride> rides = new HashMap<>();
        trips.forEach(t -> t.passengers().stream().filter(p -> Objects.equals(p.delegationId(), delegationId))
                .forEach(p -> rides.put(p.leg(), new Ride(t.vehicleId(), t.type(), p.departing() ? t.departsAt() : p.arrivalAt()))));
        return rides;
    }
}
