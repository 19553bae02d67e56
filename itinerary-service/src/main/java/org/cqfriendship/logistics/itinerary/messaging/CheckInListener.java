package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.transfers.PickupsMet;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Marks pickups done from the accreditation-service's check-ins at the port desks, a poll's batch at a time. */
@Component
class CheckInListener {

    /** What this service reads of contracts/schemas/CheckedIn.schema.json. */
    record CheckedIn(String delegationId, String memberId, String placeKind, String port, Instant scannedAt) {
    }

    private final PickupsMet pickupsMet;

    CheckInListener(PickupsMet pickupsMet) {
        this.pickupsMet = pickupsMet;
    }

    @KafkaListener(id = "itinerary-checkins", groupId = "itinerary-service", topics = ItineraryTopics.CHECKINS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, CheckInListener::atPort, pickupsMet::record);
    }

    private static List<PickupsMet.Scanned> atPort(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (!(record.value() instanceof CheckedIn checkIn) || !"PORT".equals(checkIn.placeKind())) {
            return List.of();
        }
        if (checkIn.memberId() == null || checkIn.scannedAt() == null) {
            throw new PoisonEventException("CheckedIn without a member or a time");
        }
        return List.of(new PickupsMet.Scanned(checkIn.memberId(), checkIn.delegationId(), checkIn.port(), checkIn.scannedAt()));
    }
}
