package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.Set;

@Configuration
class ItineraryTopics {

    /** Facts about itineraries; key = delegation id. */
    static final String ITINERARIES = "itinerary.itineraries";
    /** Programme changes (sessions moved or cancelled), published and consumed here; key = session id. */
    static final String SESSIONS = "itinerary.sessions";
    /** Consumed: flight and train status reports; key = flight or train number. */
    static final String FLIGHT_STATUS = "operations.flight-status";
    /** Consumed: the registration-service's facts about delegations. */
    static final String REGISTRATIONS = "registration.delegations";

    @Bean
    KafkaAdmin.NewTopics itineraryTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(ITINERARIES, 3));
    }

    /** Declared here too, since this service writes the registrations' dead letters. */
    @Bean
    KafkaAdmin.NewTopics consumedTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(REGISTRATIONS, 3));
    }

    @Bean
    KafkaAdmin.NewTopics sessionTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(SESSIONS, 3));
    }

    @Bean
    KafkaAdmin.NewTopics flightStatusTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(FLIGHT_STATUS, 3));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.ofEntries(
                Map.entry("DelegationRegistered", DelegationRegistered.class),
                Map.entry("DelegateAdded", RegistrationEvents.DelegateAdded.class),
                Map.entry("DelegateWithdrawn", RegistrationEvents.DelegateWithdrawn.class),
                Map.entry("DelegateDetailsChanged", RegistrationEvents.DelegateDetailsChanged.class),
                Map.entry("TravelPlanChanged", RegistrationEvents.TravelPlanChanged.class),
                Map.entry("SignupsChanged", RegistrationEvents.SignupsChanged.class),
                Map.entry("CoordinatorAssigned", RegistrationEvents.CoordinatorAssigned.class),
                Map.entry("DelegationDetailsChanged", RegistrationEvents.DelegationDetailsChanged.class),
                Map.entry("FlightStatusChanged", FlightStatusChanged.class),
                Map.entry("SessionRescheduled", SessionEvents.SessionRescheduled.class),
                Map.entry("SessionCancelled", SessionEvents.SessionCancelled.class)),
                // Needs matter for catering and interpretation, which are not planned here yet.
                Set.of("NeedsChanged", "DelegateErased"));
    }
}
