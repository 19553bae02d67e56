package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One vehicle's run, with a window from {@code slotStart} (set when the trip was made, so that
 * passengers leaving or joining never move the vehicle's time). From the port, it waits for
 * arrivals within the window and leaves with the last. To the port, it collects at one hotel (or
 * the venue) those due to leave within the window, and leaves with the first, so that nobody is
 * late for their flight. {@code vehicleId} is null when no vehicle was free.
 */
record Trip(String tripId, String vehicleId, String type, Instant slotStart, List<Passenger> passengers) {

    Trip {
        passengers = List.copyOf(passengers);
    }

    /** Where a run to the port collects its passengers; null for a run from the port (or an emptied trip). */
    String from() {
        return passengers.isEmpty() ? null : passengers.get(0).from();
    }

    boolean departing() {
        return from() != null;
    }

    Instant firstArrival() {
        return passengers.stream().map(Passenger::arrivalAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** When the vehicle leaves: with its last arrival from the port, with its first passenger due to leave to it. */
    Instant departsAt() {
        return departing() ? firstArrival() : passengers.stream().map(Passenger::arrivalAt).max(Comparator.naturalOrder()).orElseThrow();
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
