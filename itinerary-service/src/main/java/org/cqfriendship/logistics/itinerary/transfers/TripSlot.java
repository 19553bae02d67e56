package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/**
 * What planning needs to know of a trip without its passengers: its vehicle, when its window
 * opens, and how many it carries. Kept per port and hour in {@code transfer_slots}, next to the
 * trips themselves ({@code transfer_trips}).
 */
record TripSlot(String tripId, String vehicleId, String type, Instant slotStart, int people) {

    TripSlot withPeople(int count) {
        return new TripSlot(tripId, vehicleId, type, slotStart, count);
    }
}
