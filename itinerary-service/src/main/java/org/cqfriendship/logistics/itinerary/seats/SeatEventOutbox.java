package org.cqfriendship.logistics.itinerary.seats;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

import java.util.Set;

/** The event telling that a session's seats moved for these delegations (they are replanned on it). */
public interface SeatEventOutbox {

    OutboxMessage reallocated(String sessionId, Set<String> delegationIds);
}
