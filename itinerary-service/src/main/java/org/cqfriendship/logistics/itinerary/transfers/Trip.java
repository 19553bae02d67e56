package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One vehicle's run from the port: it waits for arrivals within the window from
 * {@code slotStart} (set when the trip was made, so that passengers leaving or joining never move
 * the vehicle's time), and leaves with the last. {@code vehicleId} is null when no vehicle was free.
 */
record Trip(String tripId, String vehicleId, String type, Instant slotStart, List<Passenger> passengers) {

    Trip {
        passengers = List.copyOf(passengers);
    }

    Instant firstArrival() {
        return passengers.stream().map(Passenger::arrivalAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    Instant departsAt() {
        return passengers.stream().map(Passenger::arrivalAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    Trip with(Passenger passenger) {
        List<Passenger> more = new ArrayList<>(passengers);
        more.add(passenger);
        return new Trip(tripId, vehicleId, type, slotStart, more);
    }

    Trip without(String delegationId) {
        return new Trip(tripId, vehicleId, type, slotStart, passengers.stream().filter(p -> !p.delegationId().equals(delegationId)).toList());
    }
}
