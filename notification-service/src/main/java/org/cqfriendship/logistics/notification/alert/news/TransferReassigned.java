package org.cqfriendship.logistics.notification.alert.news;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of contracts/schemas/TransferReassigned.schema.json. */
public record TransferReassigned(String delegationId, String coordinatorId, String locality, String port, String reason,
                                 List<Change> changes) {

    /** {@code reason} as this service knows it. */
    public ChangeReason changeReason() {
        return ChangeReason.of(reason);
    }

    /** {@code direction}: DEPARTURE for the ride to the port; ARRIVAL (or absent, from before departures had vehicles) from it. */
    public record Change(String memberId, String memberName, String direction, Ride before, Ride after) {

        public boolean departing() {
            return "DEPARTURE".equals(direction);
        }
    }

    public record Ride(String vehicleId, String vehicleType, OffsetDateTime pickupAt) {
    }
}
