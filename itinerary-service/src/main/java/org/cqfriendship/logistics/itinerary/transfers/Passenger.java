package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/**
 * A member to take to or from the port: who, from which delegation, on what, when they are
 * collected ({@code arrivalAt}: their arrival, expected, at the port; or, departing, when they
 * leave where they stay), and what they need. {@code interpreter}: rides in the car of their head
 * of delegation when they travel together. A departing passenger is collected {@code from} their
 * hotel (or the venue) and must be at the port by {@code atPort}; an arriving one has neither.
 */
record Passenger(String delegationId, String locality, String memberId, String name, boolean head, boolean accessible,
                 String service, Instant arrivalAt, boolean interpreter, String from, Instant atPort) {

    /** A member's ride to or from the port: a member may have one each way, at the same port. */
    record Leg(String memberId, boolean departing) {
    }

    Passenger at(Instant arrival) {
        return new Passenger(delegationId, locality, memberId, name, head, accessible, service, arrival, interpreter, from, atPort);
    }

    boolean departing() {
        return from != null;
    }

    Leg leg() {
        return new Leg(memberId, departing());
    }
}
