package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.cqfriendship.logistics.notification.alert.news.CheckedIn;
import org.cqfriendship.logistics.notification.alert.news.ClashDetected;
import org.cqfriendship.logistics.notification.alert.news.ClashResolved;
import org.cqfriendship.logistics.notification.alert.news.ItineraryChanged;
import org.cqfriendship.logistics.notification.alert.news.RoundClosed;
import org.cqfriendship.logistics.notification.alert.news.TransferReassigned;
import org.cqfriendship.logistics.notification.rooming.RoomsAllocated;
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
    /** Consumed: the programme's sessions, for their titles in every language. */
    static final String SESSIONS = "itinerary.sessions";
    /** Consumed: badges accepted at the desks, for the head of delegation's arrival. */
    static final String CHECKINS = "accreditation.checkins";
    /** Consumed: each hotel's rooming list, to send it to the hotel. */
    static final String ROOMS = "itinerary.rooms";

    /** Declared here too, since this service writes their dead letters. */
    @Bean
    KafkaAdmin.NewTopics consumedTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Stream.of(Topics.withDeadLetter(ITINERARIES), Topics.withDeadLetter(DELEGATIONS),
                        Topics.withDeadLetter(SESSIONS), Topics.withDeadLetter(CHECKINS), Topics.withDeadLetter(ROOMS))
                .flatMap(Arrays::stream).toArray(NewTopic[]::new));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.ofEntries(
                Map.entry("ItineraryChanged", ItineraryChanged.class),
                Map.entry("ClashDetected", ClashDetected.class),
                Map.entry("ClashResolved", ClashResolved.class),
                Map.entry("TransferReassigned", TransferReassigned.class),
                Map.entry(RoundClosed.HEAT_CLOSED, RoundClosed.class),
                Map.entry(RoundClosed.CONTEST_RESULT, RoundClosed.class),
                Map.entry(CheckedIn.TYPE, CheckedIn.class),
                Map.entry("RoomsAllocated", RoomsAllocated.class),
                Map.entry("DelegationRegistered", RegistrationEvents.DelegationRegistered.class),
                Map.entry("DelegateAdded", RegistrationEvents.DelegateAdded.class),
                Map.entry("DelegateDetailsChanged", RegistrationEvents.DelegateDetailsChanged.class),
                Map.entry("DelegateWithdrawn", RegistrationEvents.DelegateWithdrawn.class),
                Map.entry("PersonErased", RegistrationEvents.PersonErased.class),
                Map.entry("DelegationLinksRevoked", RegistrationEvents.DelegationLinksRevoked.class),
                Map.entry("SessionPublished", ProgrammeEventsListener.SessionEvent.class),
                Map.entry("SessionRescheduled", ProgrammeEventsListener.SessionEvent.class),
                Map.entry("SessionCancelled", ProgrammeEventsListener.SessionEvent.class)),
                Set.of("DelegationDetailsChanged", "CoordinatorAssigned", "DelegateErased", "PrivateDetailsChanged",
                        "TravelPlanChanged", "NeedsChanged", "SignupsChanged", "SeatsReallocated", "FinalistsChosen", "StallAllocated",
                        // A hotel's changed blocks concern the itinerary-service's booking; its new list follows as RoomsAllocated.
                        "HotelChanged"));
    }
}
