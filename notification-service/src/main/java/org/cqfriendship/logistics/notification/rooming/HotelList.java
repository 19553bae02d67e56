package org.cqfriendship.logistics.notification.rooming;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A hotel's rooming list as last received ({@code latest}, at {@code listVersion}) and as last
 * sent to its reservations contact ({@code sent}, at {@code sentVersion}, -1 before the first):
 * {@code pending} while they differ.
 */
@Document("hotel_rooming_lists")
record HotelList(@Id String hotelId, String hotelName, String email, String language, long listVersion, List<RoomsAllocated.Room> latest,
                 Instant receivedAt, long sentVersion, List<RoomsAllocated.Room> sent, Instant sentAt, boolean pending) {

    HotelList {
        latest = latest == null ? List.of() : latest;
        sent = sent == null ? List.of() : sent;
    }
}
