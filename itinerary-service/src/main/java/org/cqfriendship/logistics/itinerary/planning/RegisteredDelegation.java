package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;
import java.util.List;

/** What planning needs to know of a registered delegation. */
public record RegisteredDelegation(String delegationId, String locality, String coordinatorId, List<Traveller> members) {

    public record Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends) {
    }

    /** @param at scheduled arrival; {@code service} is the flight or train, if any (e.g. QV619) */
    public record Arrival(String mode, String service, String port, Instant at) {
    }
}
