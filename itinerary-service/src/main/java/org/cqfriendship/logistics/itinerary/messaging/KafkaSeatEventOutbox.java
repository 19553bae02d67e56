package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.seats.SeatEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/** {@code SeatsReallocated} on {@value ItineraryTopics#SESSIONS}, keyed by session like the programme's own changes. */
@Component
class KafkaSeatEventOutbox implements SeatEventOutbox {

    private final OutboxMessages messages;
    private final Clock clock;

    KafkaSeatEventOutbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public OutboxMessage reallocated(String sessionId, Set<String> delegationIds) {
        return messages.create(ItineraryTopics.SESSIONS, sessionId,
                new SessionEvents.SeatsReallocated(sessionId, List.copyOf(delegationIds), clock.instant()));
    }
}
