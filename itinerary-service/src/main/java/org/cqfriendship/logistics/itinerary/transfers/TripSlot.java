package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/**
 * What planning needs to know of a trip without its passengers: its vehicle, when its window
 * opens, how many it carries ({@link VehicleTrips}), and, for a run to the port, where it
 * collects them ({@code from}; null for a run from the port).
 */
record TripSlot(String tripId, String vehicleId, String type, Instant slotStart, int people, String from) {

    static TripSlot of(Trip trip) {
        return new TripSlot(trip.tripId(), trip.vehicleId(), trip.type(), trip.slotStart(), trip.passengers().size(), trip.from());
    }

    TripSlot withPeople(int count) {
        return new TripSlot(tripId, vehicleId, type, slotStart, count, from);
    }
}
