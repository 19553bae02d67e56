package org.cqfriendship.logistics.itinerary.planning;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Puts delegations' members on vehicles before they are planned, moving nobody else: those
 * arriving from their port, and those departing to their port from where they stay.
 */
public interface TransferBooking {

    /**
     * One delegation's transfers to book as it is now ({@code after}, leaving as in
     * {@code departures}, which may differ from those planned before when {@code departuresMoved}),
     * taking its members off wherever they were booked as it was before ({@code before}, null for
     * a new one); the news continues {@code traceparent} (null: the current trace).
     * {@code delegationVersion}: the registration's version it is booked for (null: not known), so
     * that a replayed older version does not book again what a newer one has booked already.
     */
    record Request(RegisteredDelegation after, RegisteredDelegation before, List<Departure> departures, boolean departuresMoved,
                   ChangeReason reason, String traceparent, @Nullable Long delegationVersion) {

        public Request {
            departures = departures == null ? List.of() : List.copyOf(departures);
        }

        public Request(RegisteredDelegation after, RegisteredDelegation before, List<Departure> departures, boolean departuresMoved,
                       ChangeReason reason, String traceparent) {
            this(after, before, departures, departuresMoved, reason, traceparent, null);
        }

        /** Arrivals only: nobody departs. */
        public Request(RegisteredDelegation after, RegisteredDelegation before, ChangeReason reason, String traceparent) {
            this(after, before, List.of(), false, reason, traceparent, null);
        }
    }

    /**
     * A member to take to their port for a departure: collected at {@code from} (their hotel, or
     * the venue) at {@code collectedAt}, to be at the port by {@code atPort} for {@code service}.
     */
    record Departure(String memberId, String port, String service, String from, Instant collectedAt, Instant atPort) {
    }

    /** Books the requests in order, each seeing those before it, as few changes of the transfers. */
    void bookAll(List<Request> requests);

    /** Books one delegation's pickups (and no departures). */
    default void book(RegisteredDelegation after, RegisteredDelegation before, ChangeReason reason) {
        bookAll(List.of(new Request(after, before, reason, null)));
    }

    /**
     * What a member rides: the vehicle (null: none free yet) and when it leaves (the port, or where
     * they stay); for a pickup, when the member was met at the port's desk (null: not yet).
     */
    record Ride(String vehicleId, String vehicleType, Instant leavesAt, Instant metAt) {
    }

    /** A delegation's members' rides as booked now, by member id: from the port, and to it. */
    record Rides(Map<String, Ride> pickups, Map<String, Ride> dropOffs) {

        public static final Rides NONE = new Rides(Map.of(), Map.of());
    }

    /** The delegation's members' rides as booked now. */
    default Rides ridesOf(RegisteredDelegation delegation) {
        return ridesOf(List.of(delegation.delegationId())).getOrDefault(delegation.delegationId(), Rides.NONE);
    }

    /** Each of these delegations' members' rides as booked now (by delegation), with three reads whatever their number. */
    Map<String, Rides> ridesOf(Collection<String> delegationIds);
}
