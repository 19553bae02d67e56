package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * How transfers are stored: every booking is entered in the {@link Ledger} first (one small
 * document, written with a version guard, so two bookings at once never share a seat), and its
 * writes to the trips and the delegation's rides follow, then the {@link LedgerChange} that lets
 * every instance bring its {@link VehicleTrips} up to that version. Trips and rides carry the
 * {@code ledger} version that wrote them, and are written only over an older one, so a booker that
 * stalls and writes late cannot undo a newer booking.
 */
final class TransferDocuments {

    static final String LEDGER_ID = "transfers";

    private TransferDocuments() {
    }

    /**
     * The last booking's writes ({@code pending}, finished by whoever reads the ledger next if its
     * booker died first), the ports with any trips, and the news for the booked delegation.
     * {@code generation} is drawn when the ledger is first written: a ledger written again from
     * nothing (its collections dropped for a replay) is told apart from the one an instance knew.
     */
    @Document("transfer_ledger")
    record Ledger(@Id String id, String generation, Pending pending, Set<String> ports, @Version Long version,
                  List<OutboxMessage> outbox) {
    }

    /** The documents a booking writes, each as a whole; {@code ledger} is the ledger version it was entered as. */
    record Pending(long ledger, String generation, List<StoredTrip> trips, List<DelegationRides> rides) {

        /** What the booking changed of the trips that planning reads. */
        LedgerChange change() {
            return new LedgerChange(LedgerChange.idOf(generation, ledger), trips.stream()
                    .map(t -> new VehicleTrips.PortTrip(t.port(), TripSlot.of(t.trip()))).toList(), ledger);
        }
    }

    /** The trips one ledger version changed (id {@code <generation>/<version>}), without their passengers. */
    @Document("transfer_changes")
    record LedgerChange(@Id String id, List<VehicleTrips.PortTrip> trips, long ledger) {

        static String idOf(String generation, long ledger) {
            return generation + "/" + ledger;
        }
    }

    /** One trip with its passengers; a trip everyone left keeps its document with no passengers. */
    @Document("transfer_trips")
    record StoredTrip(@Id String id, String port, Trip trip, long ledger) {
    }

    /**
     * Which trip each of a delegation's members is on, each way (id = delegation id), booked for
     * the registration's {@code delegationVersion} (null: booked before it was kept).
     */
    @Document("transfer_riders")
    record DelegationRides(@Id String id, List<RideRef> rides, long ledger, @Nullable Long delegationVersion) {
    }

    /** A member's trip from the port, or to it ({@code departing}), at its port and start. */
    record RideRef(String memberId, String port, String tripId, Instant slotStart, boolean departing) {

        Passenger.Leg leg() {
            return new Passenger.Leg(memberId, departing);
        }
    }
}
