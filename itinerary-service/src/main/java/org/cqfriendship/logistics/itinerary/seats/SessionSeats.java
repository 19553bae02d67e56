package org.cqfriendship.logistics.itinerary.seats;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * A session's seat line as stored: its three numbers, the writes of the last bookings to tickets
 * and holders ({@code pending}, one per delegation booked, finished by whoever reads the line next
 * if the booker died before finishing them), and the news for delegations whose seats it moved.
 */
@Document("seats")
record SessionSeats(@Id String sessionId, long issued, long boundary, int seated, @Nullable List<Pending> pending,
                    @Version @Nullable Long version,
                    List<OutboxMessage> outbox) {

    /** The delegation's tickets after the booking, the tickets it took and those it gave up. */
    record Pending(String delegationId, List<HeldTicket> tickets, List<HeldTicket> taken, List<Long> givenUp) {
    }

    /** A member's ticket number. */
    record HeldTicket(String memberId, long ticket) {
    }

    SeatLine line() {
        return new SeatLine(issued, boundary, seated);
    }
}
