package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Replans every itinerary with a session that programme staff moved or cancelled, and those whose seats moved. */
@Component
class SessionEventsListener {

    private final ItineraryService itineraries;

    SessionEventsListener(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    @KafkaListener(id = "itinerary-sessions", groupId = "itinerary-service", topics = ItineraryTopics.SESSIONS)
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof SessionEvents.SessionRescheduled moved) {
            itineraries.replanSession(require(moved.sessionId()), "SESSION_RESCHEDULED");
        } else if (record.value() instanceof SessionEvents.SessionCancelled cancelled) {
            itineraries.replanSession(require(cancelled.sessionId()), "SESSION_CANCELLED");
        } else if (record.value() instanceof SessionEvents.SeatsReallocated seats) {
            require(seats.sessionId());
            itineraries.replanDelegations(seats.delegationIds() == null ? java.util.List.of() : seats.delegationIds(),
                    "SEATS_REALLOCATED");
        }
    }

    private static String require(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new PoisonEventException("Session event without sessionId");
        }
        return sessionId;
    }
}
