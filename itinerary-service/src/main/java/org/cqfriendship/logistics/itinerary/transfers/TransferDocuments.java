package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * How transfers are stored: every booking is entered in the {@link Ledger} first (one small
 * document, written with a version guard, so two bookings at once never share a seat), and its
 * writes to the trips, the hours that index them and the delegation's rides follow. Each of those
 * documents carries the {@code ledger} version that wrote it, and is written only over an older
 * one, so a booker that stalls and writes late cannot undo a newer booking.
 */
final class TransferDocuments {

    static final String LEDGER_ID = "transfers";

    private TransferDocuments() {
    }

    /**
     * The last booking's writes ({@code pending}, finished by whoever reads the ledger next if its
     * booker died first), the ports with any trips, and the news for the booked delegation.
     */
    @Document("transfer_ledger")
    record Ledger(@Id String id, Pending pending, Set<String> ports, @Version Long version, List<OutboxMessage> outbox) {
    }

    /** The documents a booking writes, each as a whole; {@code ledger} is the ledger version it was entered as. */
    record Pending(long ledger, List<TripHour> hours, List<StoredTrip> trips, List<DelegationRides> rides) {
    }

    /** The trips starting at one port in one hour (id {@code CKG@2026-05-20T02:00:00Z}), without their passengers. */
    @Document("transfer_slots")
    record TripHour(@Id String id, List<TripSlot> trips, long ledger) {

        static String idOf(String port, Instant at) {
            return port + "@" + at.truncatedTo(ChronoUnit.HOURS);
        }
    }

    /** One trip with its passengers; a trip everyone left keeps its document with no passengers. */
    @Document("transfer_trips")
    record StoredTrip(@Id String id, String port, Trip trip, long ledger) {
    }

    /** Which trip each of a delegation's arriving members is on (id = delegation id). */
    @Document("transfer_riders")
    record DelegationRides(@Id String id, List<RideRef> rides, long ledger) {
    }

    /** A member's trip, and where it is indexed (its port and start). */
    record RideRef(String memberId, String port, String tripId, Instant slotStart) {

        String hourId() {
            return TripHour.idOf(port, slotStart);
        }
    }
}
