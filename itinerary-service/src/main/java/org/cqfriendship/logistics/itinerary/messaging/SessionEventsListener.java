package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Replans every itinerary with a session that programme staff moved or cancelled, those whose
 * seats moved, a delegation whose carnival stall was placed, and the hotpot teams a closed heat
 * sent to the final.
 */
@Component
class SessionEventsListener {

    private final ItineraryService itineraries;

    SessionEventsListener(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    /**
     * One record per poll, with a longer limit between polls than the other listeners: moving a
     * session replans every itinerary signed up for it in this call (with 10,000 signed up, the
     * benchmark saw it pass Kafka's default of 5 minutes on 2 cores), and a consumer over the
     * limit is thrown out of the group and the move is replanned again from the start.
     */
    @KafkaListener(id = "itinerary-sessions", groupId = "itinerary-service", topics = ItineraryTopics.SESSIONS,
            properties = {"max.poll.records=1", "max.poll.interval.ms=${itinerary.planning.session-replan-limit-ms:1800000}"})
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof SessionEvents.SessionRescheduled moved) {
            itineraries.replanSession(require(moved.sessionId()), ChangeReason.SESSION_RESCHEDULED);
        } else if (record.value() instanceof SessionEvents.SessionCancelled cancelled) {
            itineraries.replanSession(require(cancelled.sessionId()), ChangeReason.SESSION_CANCELLED);
        } else if (record.value() instanceof SessionEvents.SeatsReallocated seats) {
            require(seats.sessionId());
            itineraries.replanDelegations(seats.delegationIds() == null ? List.of() : seats.delegationIds(),
                    ChangeReason.SEATS_REALLOCATED);
        } else if (record.value() instanceof SessionEvents.StallAllocated stall) {
            if (stall.delegationId() == null || stall.delegationId().isBlank()) {
                throw new PoisonEventException("StallAllocated without delegationId");
            }
            itineraries.replanDelegations(List.of(stall.delegationId()), ChangeReason.STALL_ALLOCATED);
        } else if (record.value() instanceof SessionEvents.FinalistsChosen finalists) {
            require(finalists.sessionId());
            itineraries.replanDelegations(finalists.delegationIds() == null ? List.of() : finalists.delegationIds(),
                    ChangeReason.CONTEST_FINALISTS);
        }
    }

    private static String require(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new PoisonEventException("Session event without sessionId");
        }
        return sessionId;
    }
}
