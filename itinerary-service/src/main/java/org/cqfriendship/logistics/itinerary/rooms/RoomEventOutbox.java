package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

import java.time.LocalDate;
import java.util.List;

/** The events of hotel rooms, made to be written in the hotel's document. */
public interface RoomEventOutbox {

    /** A hotel's rooming list as it is now, at {@code listVersion} (one more with each change). */
    OutboxMessage roomsAllocated(Accommodation.Hotel hotel, long listVersion, List<? extends Guest> rooms);

    /** Programme staff changed a hotel's details or blocks: everyone in it, and everyone waiting, is booked again. */
    OutboxMessage hotelChanged(Accommodation.Hotel hotel);

    /** A room taken on a night, as the hotel's list shows it. */
    interface Guest {

        LocalDate night();

        RoomType type();

        int number();

        String name();

        String role();

        String locality();
    }
}
