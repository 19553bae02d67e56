package org.cqfriendship.logistics.registration.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.registration.programme.Programme;
import org.cqfriendship.logistics.registration.programme.ProgrammeEvents;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Set;

/**
 * Keeps the sessions one can sign up for from the itinerary-service's programme events. Events of
 * one session come in order (keyed by session); applying one again changes nothing.
 */
@Configuration
class ProgrammeListener {

    static final String SESSIONS = "itinerary.sessions";

    private final Programme programme;

    ProgrammeListener(Programme programme) {
        this.programme = programme;
    }

    /** Declared here too, since this service writes its dead letters. */
    @Bean
    KafkaAdmin.NewTopics programmeTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(SESSIONS));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.of(
                "SessionPublished", ProgrammeEvents.SessionPublished.class,
                "SessionRescheduled", ProgrammeEvents.SessionRescheduled.class,
                "SessionCancelled", ProgrammeEvents.SessionCancelled.class),
                Set.of("SeatsReallocated", "FinalistsChosen", "StallAllocated"));
    }

    @KafkaListener(id = "registration-programme", groupId = "registration-service", topics = SESSIONS)
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof ProgrammeEvents.SessionPublished published) {
            require(published.sessionId(), published.slot());
            programme.published(published);
        } else if (record.value() instanceof ProgrammeEvents.SessionRescheduled moved) {
            require(moved.sessionId(), moved.after());
            programme.rescheduled(moved);
        } else if (record.value() instanceof ProgrammeEvents.SessionCancelled cancelled) {
            require(cancelled.sessionId(), cancelled.slot());
            programme.cancelled(cancelled);
        }
    }

    private static void require(String sessionId, ProgrammeEvents.Slot slot) {
        if (sessionId == null || sessionId.isBlank() || slot == null || slot.startsAt() == null || slot.endsAt() == null) {
            throw new PoisonEventException("Session event without sessionId or times");
        }
    }
}
