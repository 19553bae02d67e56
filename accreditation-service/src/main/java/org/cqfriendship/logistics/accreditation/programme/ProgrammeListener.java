package org.cqfriendship.logistics.accreditation.programme;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Set;

/**
 * Keeps each session's times (itinerary.sessions) and each flight's last status
 * (operations.flight-status). Each event sets what it says, so reading one again changes nothing.
 */
@Configuration
class ProgrammeListener {

    static final String SESSIONS = "itinerary.sessions";
    static final String FLIGHT_STATUS = "operations.flight-status";

    private final MongoTemplate mongo;

    ProgrammeListener(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Bean
    KafkaAdmin.NewTopics programmeTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(SESSIONS, 3));
    }

    @Bean
    KafkaAdmin.NewTopics flightStatusTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(FLIGHT_STATUS, 3));
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
            times(published.sessionId(), published.title(), published.slot());
        } else if (record.value() instanceof ProgrammeEvents.SessionRescheduled moved) {
            times(moved.sessionId(), moved.title(), moved.after());
        } else if (record.value() instanceof ProgrammeEvents.SessionCancelled cancelled) {
            mongo.upsert(byId(cancelled.sessionId()), new Update().set("cancelled", true), Session.class);
        }
    }

    @KafkaListener(id = "accreditation-flight-status", groupId = "accreditation-service", topics = FLIGHT_STATUS)
    void onFlightStatus(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof ProgrammeEvents.FlightStatusChanged report) {
            if (report.flightNumber() == null || report.scheduledDate() == null) {
                throw new PoisonEventException("Flight status without a number or date");
            }
            mongo.save(new FlightStatus(FlightStatus.idOf(report.flightNumber(), report.scheduledDate()), report.status(),
                    report.expectedAt() == null ? null : report.expectedAt().toInstant()));
        }
    }

    private void times(String sessionId, String title, ProgrammeEvents.Slot slot) {
        if (sessionId == null || slot == null || slot.startsAt() == null || slot.endsAt() == null) {
            throw new PoisonEventException("Session event without an id or times");
        }
        mongo.upsert(byId(sessionId), new Update().set("title", title).set("startsAt", slot.startsAt().toInstant())
                .set("endsAt", slot.endsAt().toInstant()).set("venue", slot.venue()).set("cancelled", false), Session.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
