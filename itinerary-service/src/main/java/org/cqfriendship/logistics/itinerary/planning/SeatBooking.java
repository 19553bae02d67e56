package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.programme.Programme;

import java.util.Collection;
import java.util.List;

/** Books a delegation's sign-ups into the sessions with limited seats before it is planned. */
public interface SeatBooking {

    /**
     * Books the delegation's members into the limited sessions among {@code sessionIds} (those
     * signed up for before and now; leaving one frees the seat) and answers the seats as booked.
     */
    Seating book(String delegationId, List<RegisteredDelegation.Traveller> members, Collection<String> sessionIds, Programme programme);
}
