package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

@Configuration
class NotificationTopics {

    /** Consumed: the itinerary-service's facts about itineraries. */
    static final String ITINERARIES = "itinerary.itineraries";
    /** Consumed: the registrations, for the delegates who asked to be told about their own changes. */
    static final String DELEGATIONS = "registration.delegations";

    /** Declared here too, since this service writes their dead letters. */
    @Bean
    KafkaAdmin.NewTopics consumedTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Stream.of(Topics.withDeadLetter(ITINERARIES, 3), Topics.withDeadLetter(DELEGATIONS, 3))
                .flatMap(Arrays::stream).toArray(NewTopic[]::new));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.of(
                "ItineraryChanged", ItineraryChanged.class,
                "ClashDetected", ClashDetected.class,
                "ClashResolved", ClashResolved.class,
                "TransferReassigned", TransferReassigned.class,
                "DelegationRegistered", RegistrationEvents.DelegationRegistered.class,
                "DelegateAdded", RegistrationEvents.DelegateAdded.class,
                "DelegateDetailsChanged", RegistrationEvents.DelegateDetailsChanged.class,
                "DelegateWithdrawn", RegistrationEvents.DelegateWithdrawn.class,
                "PersonErased", RegistrationEvents.PersonErased.class,
                "DelegationLinksRevoked", RegistrationEvents.DelegationLinksRevoked.class),
                Set.of("DelegationDetailsChanged", "CoordinatorAssigned", "DelegateErased", "PrivateDetailsChanged",
                        "TravelPlanChanged", "NeedsChanged", "SignupsChanged"));
    }
}
