package org.cqfriendship.logistics.notification.messaging;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of contracts/schemas/TransferReassigned.schema.json. */
record TransferReassigned(String delegationId, String coordinatorId, String locality, String port, String reason,
                          List<Change> changes) {

    record Change(String memberId, String memberName, Ride before, Ride after) {
    }

    record Ride(String vehicleId, String vehicleType, OffsetDateTime pickupAt) {
    }
}
