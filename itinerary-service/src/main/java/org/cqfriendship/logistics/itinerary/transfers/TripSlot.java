package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/**
 * What planning needs to know of a trip without its passengers: its vehicle, when its window
 * opens, and how many it carries ({@link VehicleTrips}).
 */
record TripSlot(String tripId, String vehicleId, String type, Instant slotStart, int people) {

    static TripSlot of(Trip trip) {
        return new TripSlot(trip.tripId(), trip.vehicleId(), trip.type(), trip.slotStart(), trip.passengers().size());
    }

    TripSlot withPeople(int count) {
        return new TripSlot(tripId, vehicleId, type, slotStart, count);
    }
}
