package org.cqfriendship.logistics.notification.messaging;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of contracts/schemas/TransferReassigned.schema.json. */
record TransferReassigned(String delegationId, String coordinatorId, String locality, String port, String reason,
                          List<Change> changes) {

    /** {@code direction}: DEPARTURE for the ride to the port; ARRIVAL (or absent, from before departures had vehicles) from it. */
    record Change(String memberId, String memberName, String direction, Ride before, Ride after) {

        boolean departing() {
            return "DEPARTURE".equals(direction);
        }
    }

    record Ride(String vehicleId, String vehicleType, OffsetDateTime pickupAt) {
    }
}
