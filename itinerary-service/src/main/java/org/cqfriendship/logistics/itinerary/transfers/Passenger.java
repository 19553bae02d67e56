package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Instant;

/** A member to pick up: who, from which delegation, on what, when (expected), and what they need. */
record Passenger(String delegationId, String locality, String memberId, String name, boolean head, boolean accessible,
                 String service, Instant arrivalAt) {
}
