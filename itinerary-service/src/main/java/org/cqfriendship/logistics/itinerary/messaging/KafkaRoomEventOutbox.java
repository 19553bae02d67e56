package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.rooms.Accommodation;
import org.cqfriendship.logistics.itinerary.rooms.RoomEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code RoomsAllocated} and {@code HotelChanged} on {@value ItineraryTopics#ROOMS}, keyed by hotel. */
@Component
class KafkaRoomEventOutbox implements RoomEventOutbox {

    /** Contract: contracts/schemas/RoomsAllocated.schema.json. */
    record RoomsAllocated(String hotelId, String hotelName, String reservationsEmail, String language, long listVersion,
                          List<Room> rooms, Instant allocatedAt) {
    }

    /** Contract: contracts/schemas/HotelChanged.schema.json. */
    record HotelChanged(String hotelId, String hotelName, Instant changedAt) {
    }

    record Room(LocalDate night, String roomType, int roomNumber, String guest, String role, String locality) {
    }

    private final OutboxMessages messages;
    private final Clock clock;

    KafkaRoomEventOutbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public OutboxMessage hotelChanged(Accommodation.Hotel hotel) {
        return messages.create(ItineraryTopics.ROOMS, hotel.id(), new HotelChanged(hotel.id(), hotel.name(), clock.instant()));
    }

    @Override
    public OutboxMessage roomsAllocated(Accommodation.Hotel hotel, long listVersion, List<? extends Guest> rooms) {
        return messages.create(ItineraryTopics.ROOMS, hotel.id(), new RoomsAllocated(hotel.id(), hotel.name(), hotel.reservationsEmail(),
                hotel.reservationsLanguage(), listVersion, rooms.stream().map(g -> new Room(g.night(), g.type().name(), g.number(), g.name(),
                g.role(), g.locality())).toList(), clock.instant()));
    }
}
