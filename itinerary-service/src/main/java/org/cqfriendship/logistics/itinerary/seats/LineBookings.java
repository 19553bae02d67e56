package org.cqfriendship.logistics.itinerary.seats;

import org.cqfriendship.logistics.itinerary.planning.Seating;
import org.cqfriendship.logistics.itinerary.seats.SessionSeats.HeldTicket;
import org.cqfriendship.logistics.itinerary.seats.SessionSeats.Pending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several delegations' bookings on one session's line, made in memory one after the other: each
 * sees the tickets the earlier ones took and gave up. What they add up to is written once: the
 * line, each delegation's tickets and holder, and the delegations outside the batch they moved.
 */
final class LineBookings {

    private final SeatLine start;
    private final Map<String, Map<String, Long>> heldAtStart;
    private final SeatLine.Tickets stored;
    private SeatLine line;
    private final Map<String, Map<String, Long>> held = new LinkedHashMap<>();
    private final Map<Long, SeatLine.Holder> issued = new HashMap<>();
    private final Set<Long> gone = new HashSet<>();
    private final Map<String, List<HeldTicket>> taken = new LinkedHashMap<>();
    private final Map<String, List<Long>> givenUp = new LinkedHashMap<>();
    private final Set<String> moved = new LinkedHashSet<>();

    /** {@code heldAtStart}: each delegation's tickets (member → ticket) as stored; {@code stored}: the stored tickets' holders. */
    LineBookings(SeatLine start, Map<String, Map<String, Long>> heldAtStart, SeatLine.Tickets stored) {
        this.start = start;
        this.line = start;
        this.heldAtStart = heldAtStart;
        this.held.putAll(heldAtStart);
        this.stored = stored;
    }

    /** Books the delegation's tickets for exactly {@code wanted}, after every booking before it. */
    void book(String delegationId, List<String> wanted, int capacity) {
        SeatLine.Tickets now = ticket -> gone.contains(ticket) ? null
                : issued.containsKey(ticket) ? issued.get(ticket) : stored.holder(ticket);
        SeatLine.Booking booking = line.book(delegationId, held.getOrDefault(delegationId, Map.of()), wanted, capacity, now);
        line = booking.line();
        held.put(delegationId, booking.tickets());
        issued.putAll(booking.issuedNow());
        gone.addAll(booking.givenUp());
        booking.issuedNow().forEach((ticket, holder) ->
                taken.computeIfAbsent(delegationId, d -> new ArrayList<>()).add(new HeldTicket(holder.memberId(), ticket)));
        if (!booking.givenUp().isEmpty()) {
            givenUp.computeIfAbsent(delegationId, d -> new ArrayList<>()).addAll(booking.givenUp());
        }
        moved.addAll(booking.moved());
    }

    SeatLine line() {
        return line;
    }

    boolean changesNothing() {
        return line.equals(start) && pending().isEmpty();
    }

    /** The ticket and holder writes of every delegation whose tickets changed. */
    List<Pending> pending() {
        List<Pending> pending = new ArrayList<>();
        held.forEach((delegationId, tickets) -> {
            List<HeldTicket> took = taken.getOrDefault(delegationId, List.of());
            List<Long> left = givenUp.getOrDefault(delegationId, List.of());
            if (!took.isEmpty() || !left.isEmpty() || !tickets.equals(heldAtStart.getOrDefault(delegationId, Map.of()))) {
                pending.add(new Pending(delegationId,
                        tickets.entrySet().stream().map(e -> new HeldTicket(e.getKey(), e.getValue())).toList(), took, left));
            }
        });
        return pending;
    }

    /** The delegations seated or sent back to the line, other than those booked here (they are planned with the final line). */
    Set<String> movedOutside(Set<String> booked) {
        Set<String> outside = new LinkedHashSet<>(moved);
        outside.removeAll(booked);
        return outside;
    }

    /** Each booked delegation's members' seats on the line as it stands after every booking. */
    Map<String, Map<String, Seating.Status>> statuses() {
        Map<String, Map<String, Seating.Status>> statuses = new HashMap<>();
        held.forEach((delegationId, tickets) -> {
            Map<String, Seating.Status> members = new HashMap<>();
            tickets.forEach((member, ticket) -> members.put(member, line.seats(ticket) ? Seating.Status.CONFIRMED : Seating.Status.WAITING));
            statuses.put(delegationId, members);
        });
        return statuses;
    }
}
