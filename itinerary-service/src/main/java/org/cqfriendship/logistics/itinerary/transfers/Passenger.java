package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/**
 * A member to pick up: who, from which delegation, on what, when (expected), and what they need.
 * {@code interpreter}: rides in the car of their head of delegation when they arrive together.
 */
record Passenger(String delegationId, String locality, String memberId, String name, boolean head, boolean accessible,
                 String service, Instant arrivalAt, boolean interpreter) {

    Passenger at(Instant arrival) {
        return new Passenger(delegationId, locality, memberId, name, head, accessible, service, arrival, interpreter);
    }
}
