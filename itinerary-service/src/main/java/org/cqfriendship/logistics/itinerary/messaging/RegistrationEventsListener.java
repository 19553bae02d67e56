package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Plans itineraries from the registration-service's events. */
@Component
class RegistrationEventsListener {

    private final ItineraryService itineraries;

    RegistrationEventsListener(ItineraryService itineraries) {
        this.itineraries = itineraries;
    }

    @KafkaListener(id = "itinerary-registrations", groupId = "itinerary-service", topics = ItineraryTopics.REGISTRATIONS)
    void on(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        if (record.value() instanceof DelegationRegistered registered) {
            itineraries.planNewDelegation(eventId, toDomain(registered));
        }
    }

    private static RegisteredDelegation toDomain(DelegationRegistered event) {
        if (event.delegationId() == null || event.members() == null || event.members().isEmpty()) {
            throw new PoisonEventException("DelegationRegistered without delegation id or members");
        }
        return new RegisteredDelegation(event.delegationId(), event.locality(), event.coordinatorId(),
                event.members().stream().map(RegistrationEventsListener::traveller).toList());
    }

    private static RegisteredDelegation.Traveller traveller(DelegationRegistered.Member m) {
        var a = m.arrival();
        RegisteredDelegation.Arrival arrival = null;
        if (a != null) {
            if (a.scheduledAt() == null || a.port() == null) {
                throw new PoisonEventException("Arrival of member " + m.memberId() + " lacks a port or a time");
            }
            arrival = new RegisteredDelegation.Arrival(a.mode(), a.number(), a.port(), a.scheduledAt().toInstant());
        }
        return new RegisteredDelegation.Traveller(m.memberId(), m.role(), m.displayName(), arrival,
                m.attends() == null ? List.of() : m.attends());
    }
}
