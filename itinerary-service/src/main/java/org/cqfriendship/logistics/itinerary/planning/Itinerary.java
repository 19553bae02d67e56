package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A delegation's plan: pickups and sessions in time order, and the clashes found in it. The id is
 * the delegation id. {@code roster} is the delegation as last registered, so a change can be
 * replanned; {@code delegationVersion} is the registration's version last applied (older or
 * repeated events are ignored). The {@code outbox} holds the events of the last change until
 * they are published.
 */
@Document("itineraries")
public record Itinerary(@Id String delegationId, String locality, String coordinatorId, List<ItineraryEntry> entries,
                        List<Clash> clashes, List<RegisteredDelegation.Traveller> roster, long delegationVersion,
                        @Version Long version, List<OutboxMessage> outbox, String country, String hotpotTeamName,
                        StallApplication stall) {

    public RegisteredDelegation delegation() {
        return new RegisteredDelegation(delegationId, locality, coordinatorId, roster, country, hotpotTeamName, stall);
    }
}
