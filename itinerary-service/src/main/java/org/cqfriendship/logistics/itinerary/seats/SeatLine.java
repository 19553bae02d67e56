package org.cqfriendship.logistics.itinerary.seats;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One session's seats as a line of numbered tickets, one per member who signed up, in sign-up
 * order. The first {@code capacity} live tickets are seated, the rest wait: a freed seat goes to
 * the first in line, a smaller room sends the last seated back to the head of the line.
 * <p>
 * Only three numbers are kept: the last ticket {@code issued}, the {@code boundary} (every live
 * ticket up to it is seated, every one after it waits) and how many are {@code seated}. A change
 * reads just the tickets the boundary passes over, so booking costs the same at any size of the
 * line instead of rewriting it.
 */
record SeatLine(long issued, long boundary, int seated) {

    static final SeatLine EMPTY = new SeatLine(0, 0, 0);

    /** A member of a delegation holding a ticket. */
    record Holder(String delegationId, String memberId) {
    }

    /** Who holds a ticket now: null when it was given up (or never written). */
    interface Tickets {
        /** Who holds the ticket, or null when nobody does (given up, or never issued). */
        @Nullable Holder holder(long ticket);
    }

    /**
     * What a delegation's booking changed: the line after it, the delegation's tickets (member →
     * ticket) after it, the new tickets to write, the tickets it gave up, and the other delegations
     * whose members were seated or sent back to the line by it.
     */
    record Booking(SeatLine line, Map<String, Long> tickets, Map<Long, Holder> issuedNow, List<Long> givenUp, Set<String> moved) {
    }

    /** The line once this delegation holds tickets for exactly {@code wanted} (it held {@code held}) and the room has {@code capacity}. */
    Booking book(String delegationId, Map<String, Long> held, List<String> wanted, int capacity, Tickets tickets) {
        Set<String> wants = new HashSet<>(wanted);
        Map<String, Long> kept = new LinkedHashMap<>();
        List<Long> givenUp = new ArrayList<>();
        int stillSeated = seated;
        for (Map.Entry<String, Long> ticket : held.entrySet()) {
            if (wants.contains(ticket.getKey())) {
                kept.put(ticket.getKey(), ticket.getValue());
            } else {
                givenUp.add(ticket.getValue());
                if (ticket.getValue() <= boundary) {
                    stillSeated--;
                }
            }
        }
        long last = issued;
        Map<Long, Holder> issuedNow = new HashMap<>();
        for (String member : wanted) {
            if (!kept.containsKey(member)) {
                kept.put(member, ++last);
                issuedNow.put(last, new Holder(delegationId, member));
            }
        }
        Set<Long> gone = new HashSet<>(givenUp);
        Tickets now = ticket -> gone.contains(ticket) ? null
                : issuedNow.containsKey(ticket) ? issuedNow.get(ticket) : tickets.holder(ticket);
        Balanced balanced = new SeatLine(last, boundary, stillSeated).balanced(capacity, now);
        balanced.moved().remove(delegationId);
        return new Booking(balanced.line(), kept, issuedNow, givenUp, balanced.moved());
    }

    /** The line after its seats were filled from the head of the line, or the last seated sent back to it. */
    record Balanced(SeatLine line, Set<String> moved) {
    }

    Balanced balanced(int capacity, Tickets tickets) {
        long at = boundary;
        int sitting = seated;
        Set<String> moved = new LinkedHashSet<>();
        while (sitting < capacity && at < issued) {
            at++;
            Holder holder = tickets.holder(at);
            if (holder != null) {
                sitting++;
                moved.add(holder.delegationId());
            }
        }
        while (sitting > Math.max(capacity, 0)) {
            Holder holder = tickets.holder(at);
            if (holder != null) {
                sitting--;
                moved.add(holder.delegationId());
            }
            at--;
        }
        return new Balanced(new SeatLine(issued, at, sitting), moved);
    }

    /** Whether a live ticket is seated (otherwise it waits). */
    boolean seats(long ticket) {
        return ticket <= boundary;
    }
}
