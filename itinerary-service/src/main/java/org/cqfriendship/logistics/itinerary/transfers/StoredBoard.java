package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/** A port's trips on one day, as stored (id {@code CKG:2026-05-20}); its outbox holds the news for reassigned delegations. */
@Document("transfers")
record StoredBoard(@Id String id, String port, LocalDate day, List<Trip> trips, @Version Long version, List<OutboxMessage> outbox) {

    static String idOf(String port, LocalDate day) {
        return port + ":" + day;
    }

    TransferBoard board() {
        return new TransferBoard(port, trips == null ? List.of() : trips);
    }
}
