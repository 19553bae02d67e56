package org.cqfriendship.logistics.itinerary.seats;

import org.bson.Document;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.SeatBooking;
import org.cqfriendship.logistics.itinerary.planning.Seating;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.seats.SessionSeats.HeldTicket;
import org.cqfriendship.logistics.itinerary.seats.SessionSeats.Pending;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the seat lines of sessions with limited seats (see {@link SeatLine}). Before a delegation
 * is planned, its members' sign-ups are booked: seats while there are any, the line after. When
 * that seats or unseats members of other delegations, the line's own write carries a
 * {@code SeatsReallocated} event naming them, and they are replanned on it. Booking is idempotent:
 * booking the same sign-ups again changes nothing.
 * <p>
 * Stored as the line ({@code seats}, one small document per session, written with a version
 * guard), the tickets in blocks of {@value #BLOCK} ({@code seat_tickets}, id
 * {@code <session>#<ticket / 64>}) and each delegation's tickets at a session ({@code seat_holders}).
 * The line's write names the ticket and holder writes that go with it; they are written after it
 * and then struck off the line, and whoever reads a line that still names them writes them again
 * first, so a crash between the two leaves nothing half done. Those writes can be repeated safely: a ticket's holder never changes, a
 * ticket given up stays given up, and a delegation's holder document is written only by its own
 * bookings, which come one at a time (its events are read in order from one partition).
 */
@Service
public class SeatAllocation implements SeatBooking {

    private static final int ATTEMPTS = 20;
    static final int BLOCK = 64;
    private static final String TICKETS = "seat_tickets";
    private static final String HOLDERS = "seat_holders";
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final SeatEventOutbox events;

    SeatAllocation(MongoTemplate mongo, OutboxStore store, SeatEventOutbox events) {
        this.mongo = mongo;
        this.store = store;
        this.events = events;
    }

    /**
     * Books the delegation's in-person members into the limited sessions among {@code sessionIds}
     * (those it signed up for before and now), and answers everyone's seats there.
     */
    @Override
    public Seating book(String delegationId, List<Traveller> members, Collection<String> sessionIds, Programme programme) {
        Map<String, Map<String, Seating.Status>> seats = new HashMap<>();
        for (String sessionId : Set.copyOf(sessionIds)) {
            Integer capacity = programme.session(sessionId).map(Session::capacity).orElse(null);
            if (capacity != null) {
                List<String> wanted = members.stream().filter(m -> m.inPerson() && m.attends().contains(sessionId))
                        .map(Traveller::memberId).toList();
                seats.put(sessionId, book(sessionId, delegationId, wanted, capacity));
            }
        }
        return (sessionId, memberId) -> seats.getOrDefault(sessionId, Map.of()).get(memberId);
    }

    /** Fills or empties seats after the session's capacity changed; the delegations moved are told. */
    public void rebalance(String sessionId, int capacity) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionSeats stored = readLine(sessionId);
            SeatLine before = stored == null ? SeatLine.EMPTY : stored.line();
            SeatLine.Balanced after = before.balanced(capacity, new TicketReader(sessionId));
            if (after.line().equals(before) || write(sessionId, stored, after.line(), null, after.moved())) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Seats of " + sessionId + " keep changing; retrying");
    }

    /** Each wanted member's seat status after booking them (and only them) for the delegation. */
    private Map<String, Seating.Status> book(String sessionId, String delegationId, List<String> wanted, int capacity) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionSeats stored = readLine(sessionId);
            SeatLine line = stored == null ? SeatLine.EMPTY : stored.line();
            Map<String, Long> held = held(sessionId, delegationId);
            SeatLine.Booking booking = line.book(delegationId, held, wanted, capacity, new TicketReader(sessionId));
            boolean unchanged = booking.line().equals(line) && booking.tickets().equals(held);
            if (unchanged || write(sessionId, stored, booking.line(), pending(delegationId, booking), booking.moved())) {
                Map<String, Seating.Status> statuses = new HashMap<>();
                booking.tickets().forEach((member, ticket) ->
                        statuses.put(member, booking.line().seats(ticket) ? Seating.Status.CONFIRMED : Seating.Status.WAITING));
                return statuses;
            }
        }
        throw new OptimisticLockingFailureException("Seats of " + sessionId + " keep changing; retrying the event");
    }

    /** The line, with the last booking's ticket and holder writes finished. */
    private SessionSeats readLine(String sessionId) {
        SessionSeats stored = mongo.findById(sessionId, SessionSeats.class);
        if (stored != null && stored.pending() != null) {
            finish(sessionId, stored.pending());
        }
        return stored;
    }

    /** Writes the line if nobody wrote it since {@code stored} was read, then its tickets and holders. */
    private boolean write(String sessionId, SessionSeats stored, SeatLine line, Pending pending, Set<String> moved) {
        List<OutboxMessage> outbox = moved.isEmpty() ? List.of() : List.of(events.reallocated(sessionId, moved));
        SessionSeats next = new SessionSeats(sessionId, line.issued(), line.boundary(), line.seated(), pending, null, outbox);
        if (!store.save(next, sessionId, stored == null ? null : stored.version(), outbox)) {
            return false;
        }
        if (pending != null) {
            finish(sessionId, pending);
            // Done: the next reader need not write them again (a newer write of the line makes this a no-op). Not a
            // version: a booking that read the line just before is not refused for it.
            long written = stored == null ? 0 : stored.version() + 1;
            Unversioned.updateFirst(mongo, Query.query(Criteria.where("_id").is(sessionId).and("version").is(written)),
                    new Update().unset("pending"), SessionSeats.class);
        }
        return true;
    }

    private void finish(String sessionId, Pending pending) {
        Map<Long, Update> blocks = new java.util.TreeMap<>();
        for (HeldTicket taken : pending.taken()) {
            String field = "t" + taken.ticket();
            blocks.computeIfAbsent(taken.ticket() / BLOCK, b -> new Update())
                    .set(field + ".delegationId", pending.delegationId()).set(field + ".memberId", taken.memberId());
        }
        for (long ticket : pending.givenUp()) {
            blocks.computeIfAbsent(ticket / BLOCK, b -> new Update()).set("t" + ticket + ".gone", true);
        }
        blocks.forEach((block, update) -> mongo.upsert(byId(sessionId + "#" + block), update, TICKETS));
        mongo.upsert(byId(holdersId(sessionId, pending.delegationId())), new Update()
                .set("tickets", pending.tickets().stream().map(t -> new Document("memberId", t.memberId()).append("ticket", t.ticket())).toList()),
                HOLDERS);
    }

    /** Reads a session's tickets a block at a time, each block once. */
    private final class TicketReader implements SeatLine.Tickets {

        private final String sessionId;
        private final Map<Long, Document> blocks = new HashMap<>();

        TicketReader(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public SeatLine.Holder holder(long ticket) {
            Document block = blocks.computeIfAbsent(ticket / BLOCK, b -> {
                Document stored = mongo.findById(sessionId + "#" + b, Document.class, TICKETS);
                return stored == null ? new Document() : stored;
            });
            Document held = block.get("t" + ticket, Document.class);
            return held == null || held.getBoolean("gone", false) ? null
                    : new SeatLine.Holder(held.getString("delegationId"), held.getString("memberId"));
        }
    }

    private Map<String, Long> held(String sessionId, String delegationId) {
        Document stored = mongo.findById(holdersId(sessionId, delegationId), Document.class, HOLDERS);
        Map<String, Long> tickets = new LinkedHashMap<>();
        if (stored != null) {
            stored.getList("tickets", Document.class, List.of()).forEach(t -> tickets.put(t.getString("memberId"), t.getLong("ticket")));
        }
        return tickets;
    }

    private static Pending pending(String delegationId, SeatLine.Booking booking) {
        List<HeldTicket> tickets = booking.tickets().entrySet().stream().map(e -> new HeldTicket(e.getKey(), e.getValue())).toList();
        List<HeldTicket> taken = booking.issuedNow().entrySet().stream().map(e -> new HeldTicket(e.getValue().memberId(), e.getKey())).toList();
        return new Pending(delegationId, tickets, taken, booking.givenUp());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String holdersId(String sessionId, String delegationId) {
        return sessionId + ":" + delegationId;
    }
}
