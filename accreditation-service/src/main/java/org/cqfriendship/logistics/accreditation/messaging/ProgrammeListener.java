package org.cqfriendship.logistics.accreditation.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.accreditation.programme.ProgrammeFacts;
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

/** Keeps each session's times (itinerary.sessions) and each flight's last status (operations.flight-status). */
@Configuration
class ProgrammeListener {

    static final String SESSIONS = "itinerary.sessions";
    static final String FLIGHT_STATUS = "operations.flight-status";

    private final ProgrammeFacts programme;

    ProgrammeListener(ProgrammeFacts programme) {
        this.programme = programme;
    }

    /** Declared here too, since this service writes their dead letters. */
    @Bean
    KafkaAdmin.NewTopics programmeTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(SESSIONS));
    }

    @Bean
    KafkaAdmin.NewTopics flightStatusTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(FLIGHT_STATUS));
    }

    @Bean
    InboundEventTypes programmeEventTypes() {
        return new InboundEventTypes(Map.of(
                "SessionPublished", ProgrammeEvents.SessionPublished.class,
                "SessionRescheduled", ProgrammeEvents.SessionRescheduled.class,
                "SessionCancelled", ProgrammeEvents.SessionCancelled.class,
                "FlightStatusChanged", ProgrammeEvents.FlightStatusChanged.class),
                Set.of("SeatsReallocated", "FinalistsChosen", "StallAllocated"));
    }

    @KafkaListener(id = "accreditation-sessions", groupId = "accreditation-service", topics = SESSIONS)
    void onSession(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof ProgrammeEvents.SessionPublished published) {
            scheduled(published.sessionId(), published.title(), published.slot());
        } else if (record.value() instanceof ProgrammeEvents.SessionRescheduled moved) {
            scheduled(moved.sessionId(), moved.title(), moved.after());
        } else if (record.value() instanceof ProgrammeEvents.SessionCancelled cancelled) {
            if (cancelled.sessionId() == null) {
                throw new PoisonEventException("SessionCancelled without a session id");
            }
            programme.cancelled(cancelled.sessionId());
        }
    }

    @KafkaListener(id = "accreditation-flight-status", groupId = "accreditation-service", topics = FLIGHT_STATUS)
    void onFlightStatus(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof ProgrammeEvents.FlightStatusChanged report) {
            if (report.flightNumber() == null || report.scheduledDate() == null) {
                throw new PoisonEventException("Flight status without a number or date");
            }
            programme.flightStatus(report.flightNumber(), report.scheduledDate(), report.status(),
                    report.expectedAt() == null ? null : report.expectedAt().toInstant());
        }
    }

    private void scheduled(String sessionId, String title, ProgrammeEvents.Slot slot) {
        if (sessionId == null || slot == null || slot.startsAt() == null || slot.endsAt() == null) {
            throw new PoisonEventException("Session event without an id or times");
        }
        programme.scheduled(sessionId, title, slot.startsAt().toInstant(), slot.endsAt().toInstant(), slot.venue());
    }
}
