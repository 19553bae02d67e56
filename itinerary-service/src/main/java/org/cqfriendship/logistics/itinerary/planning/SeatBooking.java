package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.programme.Programme;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Books delegations' sign-ups into the sessions with limited seats before they are planned. */
public interface SeatBooking {

    /**
     * One delegation's booking: its members as they are now, and the limited sessions among
     * {@code sessionIds} (those signed up for before and now; leaving one frees the seat).
     */
    record Request(String delegationId, List<RegisteredDelegation.Traveller> members, Collection<String> sessionIds) {
    }

    /**
     * Books the requests in order, a session's line read and written once for all of them, and
     * answers each delegation's seats as they stand after the last one.
     */
    Map<String, Seating> bookAll(List<Request> requests, Programme programme);

    /** Books one delegation's members and answers their seats as booked. */
    default Seating book(String delegationId, List<RegisteredDelegation.Traveller> members, Collection<String> sessionIds,
                         Programme programme) {
        return bookAll(List.of(new Request(delegationId, members, sessionIds)), programme).get(delegationId);
    }
}
