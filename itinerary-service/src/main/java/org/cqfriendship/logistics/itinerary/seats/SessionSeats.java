package org.cqfriendship.logistics.itinerary.seats;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A session's seat book as stored; its {@code outbox} holds the news for delegations whose seats it moved. */
@Document("seats")
record SessionSeats(@Id String sessionId, List<SeatBook.Holder> seated, List<SeatBook.Holder> waiting, @Version Long version,
                    List<OutboxMessage> outbox) {

    SeatBook book() {
        return new SeatBook(seated == null ? List.of() : seated, waiting == null ? List.of() : waiting);
    }
}
