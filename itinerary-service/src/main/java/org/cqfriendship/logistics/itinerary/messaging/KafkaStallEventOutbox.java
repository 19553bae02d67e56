package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.carnival.StallEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** A stall placed, on {@value ItineraryTopics#SESSIONS} keyed by the carnival's session: this service replans the delegation from it. */
@Component
class KafkaStallEventOutbox implements StallEventOutbox {

    private final OutboxMessages messages;

    KafkaStallEventOutbox(OutboxMessages messages) {
        this.messages = messages;
    }

    @Override
    public OutboxMessage allocated(String carnival, String delegationId, @Nullable Integer pitch, List<String> slots, Instant at) {
        return messages.create(ItineraryTopics.SESSIONS, carnival, new SessionEvents.StallAllocated(carnival, delegationId, pitch, slots, at));
    }
}
