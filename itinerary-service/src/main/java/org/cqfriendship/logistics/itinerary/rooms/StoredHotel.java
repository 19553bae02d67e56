package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A hotel and its blocks as programme staff keep them; its {@code outbox} holds {@code HotelChanged} until it is published. */
@Document("hotels")
record StoredHotel(@Id String id, @Version Long version, Accommodation.Hotel hotel, List<OutboxMessage> outbox) {

    StoredHotel {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
