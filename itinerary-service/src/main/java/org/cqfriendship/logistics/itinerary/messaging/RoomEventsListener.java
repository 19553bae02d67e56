package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.rooms.RoomAllocation;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Books again everyone in a hotel, and everyone waiting for a room, after programme staff changed
 * the hotel's blocks: a smaller block moves its last guests, a bigger one houses those waiting.
 * Planning reads the hotel as it is now, so a redelivered change finds nothing to do.
 */
@Component
class RoomEventsListener {

    /** Contract: contracts/schemas/HotelChanged.schema.json. */
    record HotelChanged(String hotelId, String hotelName, Instant changedAt) {
    }

    private final ItineraryService itineraries;
    private final RoomAllocation rooms;

    RoomEventsListener(ItineraryService itineraries, RoomAllocation rooms) {
        this.itineraries = itineraries;
        this.rooms = rooms;
    }

    @KafkaListener(id = "itinerary-rooms", groupId = "itinerary-service", topics = ItineraryTopics.ROOMS)
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof HotelChanged changed) {
            if (changed.hotelId() == null || changed.hotelId().isBlank()) {
                throw new PoisonEventException("HotelChanged without hotelId");
            }
            itineraries.replanDelegations(rooms.inHotelOrWaiting(changed.hotelId()), ChangeReason.ROOMS_REALLOCATED);
        }
    }
}
