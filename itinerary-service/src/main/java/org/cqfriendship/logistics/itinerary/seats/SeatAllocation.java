package org.cqfriendship.logistics.itinerary.seats;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.SeatBooking;
import org.cqfriendship.logistics.itinerary.planning.Seating;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxRelay;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the seat books of sessions with limited seats. Before a delegation is planned, its
 * members' sign-ups are booked: seats while there are any, the waiting list after. When that frees
 * or takes a seat of another delegation (a promotion from the waiting list), the book's own write
 * carries a {@code SeatsReallocated} event naming them, and they are replanned on it. Booking is
 * idempotent: booking the same sign-ups again changes nothing.
 */
@Service
public class SeatAllocation implements SeatBooking {

    private static final int ATTEMPTS = 20;
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final OutboxRelay relay;
    private final SeatEventOutbox events;

    SeatAllocation(MongoTemplate mongo, OutboxStore store, OutboxRelay relay, SeatEventOutbox events) {
        this.mongo = mongo;
        this.store = store;
        this.relay = relay;
        this.events = events;
    }

    /**
     * Books the delegation's in-person members into the limited sessions among {@code sessionIds}
     * (those it signed up for before and now), and answers everyone's seats there.
     */
    @Override
    public Seating book(String delegationId, List<Traveller> members, Collection<String> sessionIds, Programme programme) {
        Map<String, SeatBook> books = new HashMap<>();
        for (String sessionId : Set.copyOf(sessionIds)) {
            Integer capacity = programme.session(sessionId).map(Session::capacity).orElse(null);
            if (capacity != null) {
                List<String> wanted = members.stream().filter(m -> m.inPerson() && m.attends().contains(sessionId))
                        .map(Traveller::memberId).toList();
                books.put(sessionId, update(sessionId, book -> book.with(delegationId, wanted, capacity), delegationId));
            }
        }
        return seating(books, delegationId);
    }

    /** Fills or empties seats after the session's capacity changed; the delegations moved are told. */
    public void rebalance(String sessionId, int capacity) {
        update(sessionId, book -> book.balanced(capacity), null);
    }

    private SeatBook update(String sessionId, java.util.function.UnaryOperator<SeatBook> change, String changedBy) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionSeats stored = mongo.findById(sessionId, SessionSeats.class);
            SeatBook before = stored == null ? SeatBook.EMPTY : stored.book();
            SeatBook after = change.apply(before);
            if (after.equals(before)) {
                return before;
            }
            Set<String> moved = after.delegationsChangedFrom(before, changedBy);
            List<OutboxMessage> outbox = moved.isEmpty() ? List.of() : List.of(events.reallocated(sessionId, moved));
            SessionSeats next = new SessionSeats(sessionId, after.seated(), after.waiting(), null, outbox);
            if (!store.save(next, sessionId, stored == null ? null : stored.version(), outbox)) {
                continue;
            }
            if (!outbox.isEmpty()) {
                relay.wakeUp();
            }
            return after;
        }
        throw new OptimisticLockingFailureException("Seats of " + sessionId + " keep changing; retrying the event");
    }

    /** The delegation's seats in these books. */
    private static Seating seating(Map<String, SeatBook> books, String delegationId) {
        return (sessionId, memberId) -> {
            SeatBook book = books.get(sessionId);
            SeatBook.Holder holder = new SeatBook.Holder(delegationId, memberId);
            if (book == null) {
                return null;
            }
            if (book.seated().contains(holder)) {
                return Seating.Status.CONFIRMED;
            }
            return book.waiting().contains(holder) ? Seating.Status.WAITING : null;
        };
    }
}
