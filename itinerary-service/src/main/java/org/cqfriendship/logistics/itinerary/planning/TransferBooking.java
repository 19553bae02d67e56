package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Puts a delegation's arriving members on vehicles before it is planned, moving nobody else. */
public interface TransferBooking {

    /**
     * Books the pickups of the delegation's members as they arrive now ({@code after}), taking
     * them off wherever they were booked as the delegation was before (null for a new one).
     */
    void book(RegisteredDelegation after, RegisteredDelegation before, String reason);

    /** What a member rides from the port: the vehicle (null: none free yet) and when it leaves. */
    record Ride(String vehicleId, String vehicleType, Instant leavesAt) {
    }

    /** The delegation's members' rides as booked now, by member id. */
    Map<String, Ride> ridesOf(RegisteredDelegation delegation);
}
