package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.admin.NewTopic;
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
class ItineraryTopics {

    /** Facts about itineraries; key = delegation id. */
    static final String ITINERARIES = "itinerary.itineraries";
    /** Each hotel's rooming list after every change; key = hotel id. */
    static final String ROOMS = "itinerary.rooms";
    /** Programme changes (sessions moved or cancelled), published and consumed here; key = session id. */
    static final String SESSIONS = "itinerary.sessions";
    /** Consumed: flight and train status reports; key = flight or train number. */
    public static final String FLIGHT_STATUS = "operations.flight-status";
    /** Consumed: the registration-service's facts about delegations. */
    static final String REGISTRATIONS = "registration.delegations";
    /** Consumed: badges accepted at the accreditation desks; key = delegation id. */
    static final String CHECKINS = "accreditation.checkins";

    /** Each topic this service writes to, its own and the dead letters of those it reads. */
    @Bean
    KafkaAdmin.NewTopics topicDeclarations() {
        return new KafkaAdmin.NewTopics(Stream.of(ITINERARIES, SESSIONS, ROOMS, REGISTRATIONS, FLIGHT_STATUS, CHECKINS)
                .flatMap(topic -> Arrays.stream(Topics.withDeadLetter(topic)))
                .toArray(NewTopic[]::new));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.ofEntries(
                Map.entry("DelegationRegistered", DelegationRegistered.class),
                Map.entry("DelegateAdded", RegistrationEvents.DelegateAdded.class),
                Map.entry("DelegateWithdrawn", RegistrationEvents.DelegateWithdrawn.class),
                Map.entry("PersonErased", RegistrationEvents.PersonErased.class),
                Map.entry("DelegateDetailsChanged", RegistrationEvents.DelegateDetailsChanged.class),
                Map.entry("TravelPlanChanged", RegistrationEvents.TravelPlanChanged.class),
                Map.entry("SignupsChanged", RegistrationEvents.SignupsChanged.class),
                Map.entry("CoordinatorAssigned", RegistrationEvents.CoordinatorAssigned.class),
                Map.entry("DelegationDetailsChanged", RegistrationEvents.DelegationDetailsChanged.class),
                Map.entry("NeedsChanged", RegistrationEvents.NeedsChanged.class),
                Map.entry("DelegationLinksRevoked", RegistrationEvents.DelegationLinksRevoked.class),
                Map.entry("FlightStatusChanged", FlightStatusChanged.class),
                Map.entry("SessionRescheduled", SessionEvents.SessionRescheduled.class),
                Map.entry("SessionCancelled", SessionEvents.SessionCancelled.class),
                Map.entry("SeatsReallocated", SessionEvents.SeatsReallocated.class),
                Map.entry("FinalistsChosen", SessionEvents.FinalistsChosen.class),
                Map.entry("StallAllocated", SessionEvents.StallAllocated.class),
                Map.entry("HotelChanged", RoomEventsListener.HotelChanged.class),
                Map.entry("CheckedIn", CheckInListener.CheckedIn.class)),
                // Erasure removes passport data, which this service never receives; a session just
                // published has nobody signed up yet; the rooming lists it publishes are for the hotels.
                Set.of("DelegateErased", "PrivateDetailsChanged", "SessionPublished", "RoomsAllocated"));
    }
}
