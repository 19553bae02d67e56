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
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the seat lines of sessions with limited seats (see {@link SeatLine}). Before delegations
 * are planned, their members' sign-ups are booked: seats while there are any, the line after. When
 * that seats or unseats members of other delegations, the line's own write carries a
 * {@code SeatsReallocated} event naming them, and they are replanned on it. Booking is idempotent:
 * booking the same sign-ups again changes nothing.
 * <p>
 * A batch of delegations is booked a session at a time ({@link LineBookings}): the line and the
 * delegations' holders are read once, every booking is made in memory in order, and the line is
 * written once, so a batch costs a session the same few round trips as one delegation.
 * <p>
 * Stored as the line ({@code seats}, one small document per session, written with a version
 * guard), the tickets in blocks of {@value #BLOCK} ({@code seat_tickets}, id
 * {@code <session>#<ticket / 64>}) and each delegation's tickets at a session ({@code seat_holders}).
 * The line's write names the ticket and holder writes that go with it; they are written after it
 * (one bulk write per collection) and then struck off the line, and whoever reads a line that
 * still names them writes them again first, so a crash between the two leaves nothing half done.
 * Those writes can be repeated safely: a ticket's holder never changes, a ticket given up stays
 * given up, and a delegation's holder document is written only by its own bookings, which come
 * one at a time (its events are read in order from one partition).
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
     * Books each request's in-person members into the limited sessions among its
     * {@code sessionIds}, a session at a time for all the requests, and answers everyone's seats
     * there as they stand after the last request.
     */
    @Override
    public Map<String, Seating> bookAll(List<Request> requests, Programme programme) {
        Map<String, Map<String, Map<String, Seating.Status>>> seats = new HashMap<>();
        Set<String> sessionIds = new TreeSet<>();
        requests.forEach(request -> sessionIds.addAll(request.sessionIds()));
        for (String sessionId : sessionIds) {
            Integer capacity = programme.session(sessionId).map(Session::capacity).orElse(null);
            if (capacity != null) {
                List<Request> here = requests.stream().filter(request -> request.sessionIds().contains(sessionId)).toList();
                book(sessionId, here, capacity).forEach((delegationId, statuses) ->
                        seats.computeIfAbsent(delegationId, d -> new HashMap<>()).put(sessionId, statuses));
            }
        }
        Map<String, Seating> seatings = new HashMap<>();
        for (Request request : requests) {
            Map<String, Map<String, Seating.Status>> delegation = seats.getOrDefault(request.delegationId(), Map.of());
            seatings.put(request.delegationId(), (sessionId, memberId) -> delegation.getOrDefault(sessionId, Map.of()).get(memberId));
        }
        return seatings;
    }

    /** Fills or empties seats after the session's capacity changed; the delegations moved are told. */
    public void rebalance(String sessionId, int capacity) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionSeats stored = readLine(sessionId);
            SeatLine before = stored == null ? SeatLine.EMPTY : stored.line();
            SeatLine.Balanced after = before.balanced(capacity, new TicketReader(sessionId));
            if (after.line().equals(before) || write(sessionId, stored, after.line(), List.of(), after.moved())) {
                return;
            }
        }
        throw new OptimisticLockingFailureException("Seats of " + sessionId + " keep changing; retrying");
    }

    /** Each requesting delegation's members' statuses after booking them all in order, on one read and one write of the line. */
    private Map<String, Map<String, Seating.Status>> book(String sessionId, List<Request> requests, int capacity) {
        Set<String> delegationIds = new LinkedHashSet<>();
        requests.forEach(request -> delegationIds.add(request.delegationId()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            SessionSeats stored = readLine(sessionId);
            LineBookings bookings = new LineBookings(stored == null ? SeatLine.EMPTY : stored.line(), held(sessionId, delegationIds),
                    new TicketReader(sessionId));
            for (Request request : requests) {
                List<String> wanted = request.members().stream().filter(m -> m.inPerson() && m.attends().contains(sessionId))
                        .map(Traveller::memberId).toList();
                bookings.book(request.delegationId(), wanted, capacity);
            }
            if (bookings.changesNothing()
                    || write(sessionId, stored, bookings.line(), bookings.pending(), bookings.movedOutside(delegationIds))) {
                return bookings.statuses();
            }
        }
        throw new OptimisticLockingFailureException("Seats of " + sessionId + " keep changing; retrying the event");
    }

    /** The line, with the last bookings' ticket and holder writes finished. */
    private @Nullable SessionSeats readLine(String sessionId) {
        SessionSeats stored = mongo.findById(sessionId, SessionSeats.class);
        if (stored != null && stored.pending() != null && !stored.pending().isEmpty()) {
            finish(sessionId, stored.pending());
        }
        return stored;
    }

    /** Writes the line if nobody wrote it since {@code stored} was read, then its tickets and holders. */
    private boolean write(String sessionId, @Nullable SessionSeats stored, SeatLine line, List<Pending> pending, Set<String> moved) {
        List<OutboxMessage> outbox = moved.isEmpty() ? List.of() : List.of(events.reallocated(sessionId, moved));
        SessionSeats next = new SessionSeats(sessionId, line.issued(), line.boundary(), line.seated(),
                pending.isEmpty() ? null : pending, null, outbox);
        if (!store.save(next, sessionId, stored == null ? null : stored.version(), outbox)) {
            return false;
        }
        if (!pending.isEmpty()) {
            finish(sessionId, pending);
            // Done: the next reader need not write them again (a newer write of the line makes this a no-op). Not a
            // version: a booking that read the line just before is not refused for it.
            Long version = stored == null ? null : stored.version();
            long written = version == null ? 0 : version + 1;
            Unversioned.updateFirst(mongo, Query.query(Criteria.where("_id").is(sessionId).and("version").is(written)),
                    new Update().unset("pending"), SessionSeats.class);
        }
        return true;
    }

    /** The bookings' ticket and holder writes: one bulk upsert of the ticket blocks and one of the holders. */
    private void finish(String sessionId, List<Pending> pending) {
        Map<Long, Update> blocks = new TreeMap<>();
        BulkOperations holders = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, HOLDERS);
        for (Pending booking : pending) {
            for (HeldTicket taken : booking.taken()) {
                String field = "t" + taken.ticket();
                blocks.computeIfAbsent(taken.ticket() / BLOCK, b -> new Update())
                        .set(field + ".delegationId", booking.delegationId()).set(field + ".memberId", taken.memberId());
            }
            for (long ticket : booking.givenUp()) {
                blocks.computeIfAbsent(ticket / BLOCK, b -> new Update()).set("t" + ticket + ".gone", true);
            }
            holders.upsert(byId(holdersId(sessionId, booking.delegationId())), new Update().set("tickets",
                    booking.tickets().stream().map(t -> new Document("memberId", t.memberId()).append("ticket", t.ticket())).toList()));
        }
        if (!blocks.isEmpty()) {
            BulkOperations tickets = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TICKETS);
            blocks.forEach((block, update) -> tickets.upsert(byId(sessionId + "#" + block), update));
            tickets.execute();
        }
        holders.execute();
    }

    /** Reads a session's tickets a block at a time, each block once. */
    private final class TicketReader implements SeatLine.Tickets {

        private final String sessionId;
        private final Map<Long, Document> blocks = new HashMap<>();

        TicketReader(String sessionId) {
            this.sessionId = sessionId;
        }

        @Override
        public SeatLine.@Nullable Holder holder(long ticket) {
            Document block = blocks.computeIfAbsent(ticket / BLOCK, b -> {
                Document stored = mongo.findById(sessionId + "#" + b, Document.class, TICKETS);
                return stored == null ? new Document() : stored;
            });
            Document held = block.get("t" + ticket, Document.class);
            return held == null || held.getBoolean("gone", false) ? null
                    : new SeatLine.Holder(held.getString("delegationId"), held.getString("memberId"));
        }
    }

    /** The tickets each delegation holds at the session (member → ticket), read with one query. */
    private Map<String, Map<String, Long>> held(String sessionId, Collection<String> delegationIds) {
        List<String> ids = delegationIds.stream().map(delegationId -> holdersId(sessionId, delegationId)).toList();
        Map<String, Map<String, Long>> held = new HashMap<>();
        for (Document stored : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, HOLDERS)) {
            Map<String, Long> tickets = new LinkedHashMap<>();
            stored.getList("tickets", Document.class, List.of()).forEach(t -> tickets.put(t.getString("memberId"), t.getLong("ticket")));
            held.put(stored.getString("_id").substring(sessionId.length() + 1), tickets);
        }
        return held;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static String holdersId(String sessionId, String delegationId) {
        return sessionId + ":" + delegationId;
    }
}
