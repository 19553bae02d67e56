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
    KafkaAdmin.NewTopics flightStatusTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(FLIGHT_STATUS, 3));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.of(
                "DelegationRegistered", DelegationRegistered.class,
                "DelegateAdded", RegistrationEvents.DelegateAdded.class,
                "DelegateWithdrawn", RegistrationEvents.DelegateWithdrawn.class,
                "DelegateDetailsChanged", RegistrationEvents.DelegateDetailsChanged.class,
                "TravelPlanChanged", RegistrationEvents.TravelPlanChanged.class,
                "SignupsChanged", RegistrationEvents.SignupsChanged.class,
                "CoordinatorAssigned", RegistrationEvents.CoordinatorAssigned.class,
                "DelegationDetailsChanged", RegistrationEvents.DelegationDetailsChanged.class,
                "FlightStatusChanged", FlightStatusChanged.class),
                // Needs matter for catering and interpretation, which are not planned here yet.
                Set.of("NeedsChanged", "DelegateErased"));
    }
}
