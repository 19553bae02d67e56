package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Puts delegations' arriving members on vehicles before they are planned, moving nobody else. */
public interface TransferBooking {

    /**
     * One delegation's pickups to book as it arrives now ({@code after}), taking its members off
     * wherever they were booked as it was before ({@code before}, null for a new one); the news
     * continues {@code traceparent} (null: the current trace).
     */
    record Request(RegisteredDelegation after, RegisteredDelegation before, String reason, String traceparent) {
    }

    /** Books the requests in order, each seeing those before it, as few changes of the transfers. */
    void bookAll(List<Request> requests);

    /** Books one delegation's pickups. */
    default void book(RegisteredDelegation after, RegisteredDelegation before, String reason) {
        bookAll(List.of(new Request(after, before, reason, null)));
    }

    /** What a member rides from the port: the vehicle (null: none free yet) and when it leaves. */
    record Ride(String vehicleId, String vehicleType, Instant leavesAt) {
    }

    /** The delegation's members' rides as booked now, by member id. */
    default Map<String, Ride> ridesOf(RegisteredDelegation delegation) {
        return ridesOf(List.of(delegation.delegationId())).getOrDefault(delegation.delegationId(), Map.of());
    }

    /** Each of these delegations' members' rides as booked now (by delegation, then member id), with two reads whatever their number. */
    Map<String, Map<String, Ride>> ridesOf(Collection<String> delegationIds);
}
