package org.cqfriendship.logistics.itinerary.seats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reference model of a seat line: the whole book in memory, who sits and who waits, in
 * sign-up order ({@link SeatLine} must always agree with it). Sign-ups take seats
 * up to the capacity, then wait; a freed seat goes to the first in line; a smaller capacity sends
 * the last seated back to the head of the line.
 */
record SeatBook(List<Holder> seated, List<Holder> waiting) {

    static final SeatBook EMPTY = new SeatBook(List.of(), List.of());

    /** A member of a delegation holding or waiting for a seat. */
    record Holder(String delegationId, String memberId) {
    }

    SeatBook {
        seated = List.copyOf(seated);
        waiting = List.copyOf(waiting);
    }

    /** The book once this delegation wants seats for exactly these members (in their order), and the capacity is this. */
    SeatBook with(String delegationId, List<String> wantedMembers, int capacity) {
        Set<Holder> wanted = new LinkedHashSet<>();
        wantedMembers.forEach(member -> wanted.add(new Holder(delegationId, member)));
        List<Holder> sitting = new ArrayList<>(seated.stream().filter(h -> keeps(h, delegationId, wanted)).toList());
        List<Holder> queue = new ArrayList<>(waiting.stream().filter(h -> keeps(h, delegationId, wanted)).toList());
        wanted.stream().filter(h -> !sitting.contains(h) && !queue.contains(h)).forEach(queue::add);
        return new SeatBook(sitting, queue).balanced(capacity);
    }

    /** Seats filled from the head of the line up to the capacity, or the last seated sent back to it. */
    SeatBook balanced(int capacity) {
        List<Holder> sitting = new ArrayList<>(seated);
        List<Holder> queue = new ArrayList<>(waiting);
        while (sitting.size() < capacity && !queue.isEmpty()) {
            sitting.add(queue.remove(0));
        }
        while (sitting.size() > Math.max(capacity, 0)) {
            queue.add(0, sitting.remove(sitting.size() - 1));
        }
        return new SeatBook(sitting, queue);
    }

    /** The delegations other than {@code except} whose members' seats differ between the two books. */
    Set<String> delegationsChangedFrom(SeatBook before, String except) {
        Map<Holder, Boolean> was = before.statuses();
        Map<Holder, Boolean> now = statuses();
        Set<String> changed = new LinkedHashSet<>();
        Set<Holder> everyone = new LinkedHashSet<>(was.keySet());
        everyone.addAll(now.keySet());
        for (Holder holder : everyone) {
            if (!holder.delegationId().equals(except) && !Objects.equals(was.get(holder), now.get(holder))) {
                changed.add(holder.delegationId());
            }
        }
        return changed;
    }

    /** Each holder: true if seated, false if waiting. */
    private Map<Holder, Boolean> statuses() {
        Map<Holder, Boolean> statuses = new HashMap<>();
        seated.forEach(h -> statuses.put(h, true));
        waiting.forEach(h -> statuses.put(h, false));
        return statuses;
    }

    private static boolean keeps(Holder holder, String delegationId, Set<Holder> wanted) {
        return !holder.delegationId().equals(delegationId) || wanted.contains(holder);
    }
}
