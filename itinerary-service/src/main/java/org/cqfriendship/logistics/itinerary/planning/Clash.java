package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;

/**
 * Something in the itinerary that cannot work, with a plain explanation for the coordinator.
 * The id is derived from what clashes, so finding the same clash again yields the same id.
 */
public record Clash(String clashId, Kind kind, String memberId, String memberName, String sessionId,
                    String sessionTitle, Instant sessionStartsAt, Instant arrivalAt, Instant earliestAtVenue, Instant departureAt,
                    String explanation) {

    /**
     * {@code OUTSIDE_STAY}: the member can attend none of the session (before they arrive or after they leave);
     * {@code NO_ROOM}: a hotel night the member asked for has no room left; {@code NIGHTS_OUTSIDE_STAY}: the hotel
     * nights asked for do not match the stay between arrival and departure.
     */
    public enum Kind { LATE_ARRIVAL, FLIGHT_CANCELLED, OVERLAPPING_SESSIONS, DEPARTS_BEFORE_END, NO_SEAT, OUTSIDE_STAY, NO_ROOM,
        NIGHTS_OUTSIDE_STAY }
}
