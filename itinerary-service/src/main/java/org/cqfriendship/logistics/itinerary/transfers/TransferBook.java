package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.TripHour;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out one delegation's booking from what is stored: its passengers are taken off the trips
 * they were on and planned again among the trips near their arrivals ({@link TransferPlanner}).
 * It reads the delegation's rides, the hours within the busy time of each arrival, and the trips
 * it leaves or joins: a few small documents, however many trips the day has.
 */
final class TransferBook {

    /** What a booking reads. */
    interface Stored {

        List<RideRef> ridesOf(String delegationId);

        /** The trips indexed in these hours, by hour id (an hour with none may be missing). */
        Map<String, List<TripSlot>> hours(Collection<String> hourIds);

        /** These trips as stored, by id (new ones missing). */
        Map<String, Trip> trips(Collection<String> tripIds);
    }

    /** A member's ride, as the delegation is told of it. */
    record Ride(String vehicleId, String vehicleType, Instant pickupAt) {
    }

    /**
     * What to write (each changed hour and trip as a whole; a trip with no passengers left is
     * emptied), the delegation's rides after, and each member's ride before and after.
     */
    record Booking(Map<String, List<TripSlot>> hours, Map<String, List<Trip>> tripsByPort, List<RideRef> rides,
                   boolean ridesChanged, Map<String, Ride> before, Map<String, Ride> after) {

        boolean changesNothing() {
            return tripsByPort.isEmpty() && !ridesChanged;
        }
    }

    private TransferBook() {
    }

    /** Books exactly {@code passengers} (by port) for the delegation, and nobody else. */
    static Booking book(String delegationId, Map<String, List<Passenger>> passengers, Stored stored, Fleet fleet) {
        List<RideRef> old = stored.ridesOf(delegationId);
        Set<String> ports = new TreeSet<>(passengers.keySet());
        old.forEach(r -> ports.add(r.port()));
        Map<String, Set<String>> hoursByPort = new LinkedHashMap<>();
        for (String port : ports) {
            Set<String> hours = hoursByPort.computeIfAbsent(port, p -> new LinkedHashSet<>());
            passengers.getOrDefault(port, List.of()).forEach(p -> hours.addAll(hoursNear(port, p.arrivalAt(), fleet)));
            old.stream().filter(r -> r.port().equals(port)).forEach(r -> hours.add(r.hourId()));
        }
        Map<String, List<TripSlot>> hours = new HashMap<>(stored.hours(hoursByPort.values().stream().flatMap(Set::stream).toList()));
        Set<String> read = new HashSet<>();
        hoursByPort.values().forEach(read::addAll);
        Map<String, Integer> oursOn = new HashMap<>();
        old.forEach(r -> oursOn.merge(r.tripId(), 1, Integer::sum));

        Map<String, String> tripOfMember = new HashMap<>();
        Map<String, TripSlot> planned = new HashMap<>();
        for (String port : ports) {
            List<TripSlot> nearby = hoursByPort.get(port).stream().flatMap(h -> hours.getOrDefault(h, List.of()).stream())
                    .map(t -> t.withPeople(t.people() - oursOn.getOrDefault(t.tripId(), 0))).toList();
            TransferPlanner.Plan plan = TransferPlanner.plan(port, nearby, passengers.getOrDefault(port, List.of()), fleet);
            tripOfMember.putAll(plan.tripOfMember());
            plan.trips().forEach(t -> planned.put(t.tripId(), t));
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
                String tripId = tripOfMember.get(p.memberId());
                joining.computeIfAbsent(tripId, t -> new ArrayList<>()).add(p);
                portOfTrip.put(tripId, port);
                rides.add(new RideRef(p.memberId(), port, tripId, planned.get(tripId).slotStart()));
            }
        }

        Map<String, Trip> finalTrips = new LinkedHashMap<>();
        Map<String, List<Trip>> changedByPort = new LinkedHashMap<>();
        Map<String, List<TripSlot>> changedHours = new LinkedHashMap<>();
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
            if (now.equals(was)) {
                continue;
            }
            String port = portOfTrip.get(tripId);
            changedByPort.computeIfAbsent(port, p -> new ArrayList<>()).add(now);
            if (now.vehicleId() == null) {
                // Nobody plans around a trip without a vehicle, so the hours leave it out: else a crowd on one flight
                // that the fleet cannot take would make its hour, read and rewritten by every booking, grow with it.
                continue;
            }
            List<TripSlot> hour = hourOf(TripHour.idOf(port, now.slotStart()), changedHours, hours, read, stored);
            hour.removeIf(t -> t.tripId().equals(tripId));
            if (!riders.isEmpty()) {
                hour.add(new TripSlot(tripId, now.vehicleId(), now.type(), now.slotStart(), riders.size()));
            }
        }
        changedHours.values().forEach(h -> h.sort(Comparator.comparing(TripSlot::slotStart).thenComparing(TripSlot::tripId)));
        boolean ridesChanged = !Set.copyOf(rides).equals(Set.copyOf(old));
        return new Booking(changedHours, changedByPort, rides, ridesChanged, ridesOf(delegationId, existing.values()),
                ridesOf(delegationId, finalTrips.values()));
    }

    /** The hour as it will be written: as read, with this booking's changes so far (read now if it was not yet). */
    private static List<TripSlot> hourOf(String hourId, Map<String, List<TripSlot>> changed, Map<String, List<TripSlot>> hours,
                                         Set<String> read, Stored stored) {
        if (read.add(hourId)) {
            hours.putAll(stored.hours(List.of(hourId)));
        }
        return changed.computeIfAbsent(hourId, h -> new ArrayList<>(hours.getOrDefault(h, List.of())));
    }

    /** The hours at the port in which a trip that matters to an arrival then can start. */
    static List<String> hoursNear(String port, Instant arrivalAt, Fleet fleet) {
        List<String> hours = new ArrayList<>();
        Instant until = TransferPlanner.nearUntil(arrivalAt, fleet);
        for (Instant at = TransferPlanner.nearFrom(arrivalAt, fleet); !at.isAfter(until); at = at.plus(Duration.ofHours(1))) {
            hours.add(TripHour.idOf(port, at));
        }
        String last = TripHour.idOf(port, until);
        if (!hours.contains(last)) {
            hours.add(last);
        }
        return hours;
    }

    private static Map<String, Ride> ridesOf(String delegationId, Collection<Trip> trips) {
        Map<String, Ride> rides = new HashMap<>();
        trips.forEach(t -> t.passengers().stream().filter(p -> Objects.equals(p.delegationId(), delegationId))
                .forEach(p -> rides.put(p.memberId(), new Ride(t.vehicleId(), t.type(), p.arrivalAt()))));
        return rides;
    }
}
