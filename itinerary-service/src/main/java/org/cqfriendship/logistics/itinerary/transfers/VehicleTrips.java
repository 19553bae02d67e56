package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The trips on a vehicle, by port and start, without their passengers: what planning reads near
 * an arrival. Kept in memory, so that finding the trips near an arrival costs a look-up in a
 * sorted map however many trips the day has, where reading them from the store cost a read of
 * every trip in those hours (and the hours grow with the conference). Safe for several threads.
 */
final class VehicleTrips {

    private final Map<String, NavigableMap<Instant, Map<String, TripSlot>>> byPort = new HashMap<>();
    private final Map<String, PortTrip> indexed = new HashMap<>();

    /** The trip as it is now: indexed when it has a vehicle and passengers, else taken out. */
    synchronized void put(String port, TripSlot trip) {
        remove(trip.tripId());
        if (trip.vehicleId() != null && trip.people() > 0) {
            // By id within a start, so that the trips come out in the order planning takes them (TransferPlanner).
            byPort.computeIfAbsent(port, p -> new TreeMap<>()).computeIfAbsent(trip.slotStart(), s -> new TreeMap<>())
                    .put(trip.tripId(), trip);
            indexed.put(trip.tripId(), new PortTrip(port, trip));
        }
    }

    /** The trips at the port starting from {@code from} until {@code until}, both included, by start and then id. */
    synchronized List<TripSlot> startingBetween(String port, Instant from, Instant until) {
        NavigableMap<Instant, Map<String, TripSlot>> starts = byPort.get(port);
        if (starts == null || until.isBefore(from)) {
            return new ArrayList<>();
        }
        List<TripSlot> found = new ArrayList<>();
        starts.subMap(from, true, until, true).values().forEach(trips -> found.addAll(trips.values()));
        return found;
    }

    /** The trip as indexed (with a vehicle and passengers), or null. */
    synchronized PortTrip find(String tripId) {
        return indexed.get(tripId);
    }

    synchronized void clear() {
        byPort.clear();
        indexed.clear();
    }

    synchronized void putAll(Collection<PortTrip> trips) {
        trips.forEach(t -> put(t.port(), t.trip()));
    }

    private void remove(String tripId) {
        PortTrip was = indexed.remove(tripId);
        if (was == null) {
            return;
        }
        NavigableMap<Instant, Map<String, TripSlot>> starts = byPort.get(was.port());
        Map<String, TripSlot> then = starts.get(was.trip().slotStart());
        then.remove(tripId);
        if (then.isEmpty()) {
            starts.remove(was.trip().slotStart());
        }
    }

    /** A trip and its port, as a booking's change lists it. */
    record PortTrip(String port, TripSlot trip) {
    }
}
