package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;

import java.time.Instant;
import java.util.List;

/** {@code TransferReassigned}: which of a delegation's members ride what now, before and after. */
public interface TransferEventOutbox {

    record Ride(String vehicleId, String vehicleType, Instant pickupAt) {
    }

    /** A member's ride from the port, or to it ({@code departing}), before and after. */
    record Change(String memberId, String memberName, boolean departing, Ride before, Ride after) {
    }

    OutboxMessage reassigned(String delegationId, String coordinatorId, String locality, String port, ChangeReason reason, List<Change> changes);
}
