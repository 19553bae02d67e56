package org.cqfriendship.logistics.itinerary.planning;

import java.util.List;

/** Puts a delegation's arriving members on vehicles before it is planned, moving nobody else. */
public interface TransferBooking {

    /**
     * Books the pickups of the delegation's members as they arrive now ({@code after}), taking
     * them off wherever they were booked for their earlier arrivals ({@code before}).
     */
    void book(RegisteredDelegation after, List<RegisteredDelegation.Traveller> before, String reason);
}
