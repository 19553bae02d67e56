package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * A hotel's rooms taken, night by night: one document per hotel, written whole and
 * version-guarded, so that two bookings can never give one room twice. Its {@code outbox} holds
 * the hotel's new rooming list ({@code RoomsAllocated}) until it is published.
 */
@Document("hotel_rooms")
record HotelRooms(@Id String hotelId, @Version Long version, List<Taken> rooms, List<OutboxMessage> outbox) {

    HotelRooms {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /**
     * A room (its type and number in the hotel's block) taken on a night by a member of a
     * delegation, with the name, role and delegation the hotel's list shows.
     */
    record Taken(LocalDate night, RoomType type, int number, String delegationId, String memberId, String name, String role,
                 String locality) implements RoomEventOutbox.Guest {
    }
}
