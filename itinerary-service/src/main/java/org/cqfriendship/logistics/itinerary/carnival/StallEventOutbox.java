package org.cqfriendship.logistics.itinerary.carnival;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Turns a stall placed (or taken off the map) into the event from which the delegation's itinerary is replanned. */
public interface StallEventOutbox {

    /** {@code pitch} null and {@code slots} empty: the stall was taken off the map. */
    OutboxMessage allocated(String carnival, String delegationId, @Nullable Integer pitch, List<String> slots, Instant at);
}
