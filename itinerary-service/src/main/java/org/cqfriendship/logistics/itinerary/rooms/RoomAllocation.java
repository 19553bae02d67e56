package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RoomBooking;
import org.cqfriendship.logistics.itinerary.rooms.RoomPlan.Occupant;
import org.cqfriendship.logistics.itinerary.rooms.RoomPlan.Slot;
import org.cqfriendship.logistics.itinerary.rooms.RoomWaitingList.Waiting;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Books hotel rooms for a batch of delegations with three reads (the hotels, every hotel's rooms,
 * the waiting list) and a write for each hotel whose rooms changed (with its new rooming list,
 * {@code RoomsAllocated}, in the same write) and for the waiting list, each version-guarded: a
 * booking that lost a race to another reads again and books again. Booking is idempotent (a
 * member keeps the room they have), so a batch retried after a crash books what it booked before.
 */
@Service
public class RoomAllocation implements RoomBooking {

    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final RoomEventOutbox events;
    private final Hotels hotels;

    RoomAllocation(MongoTemplate mongo, OutboxStore store, RoomEventOutbox events, Hotels hotels) {
        this.mongo = mongo;
        this.store = store;
        this.events = events;
        this.hotels = hotels;
    }

    @Override
    public synchronized Booked bookAll(List<RegisteredDelegation> delegations) {
        if (delegations.isEmpty()) {
            return new Booked(Map.of(), Set.of());
        }
        // A delegation changed twice in the batch is booked as it is at the end.
        Map<String, RegisteredDelegation> last = new LinkedHashMap<>();
        delegations.forEach(d -> {
            last.remove(d.delegationId());
            last.put(d.delegationId(), d);
        });
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Accommodation.Hotel> all = hotels.all();
            if (all.isEmpty()) {
                return new Booked(Map.of(), Set.of());
            }
            Map<String, HotelRooms> stored = storedRooms(all);
            RoomWaitingList waiting = mongo.findById(RoomWaitingList.ID, RoomWaitingList.class);
            RoomPlan plan = plan(all, stored);
            Map<String, Map<String, Lodging>> booked = new LinkedHashMap<>();
            last.values().forEach(d -> booked.put(d.delegationId(), plan.book(d, plan.release(d.delegationId()))));
            List<Waiting> line = line(waiting, last, booked);
            Set<String> fit = new LinkedHashSet<>();
            line.stream().filter(w -> !last.containsKey(w.delegationId()) && plan.couldHouse(w.role(), w.nights()))
                    .forEach(w -> fit.add(w.delegationId()));
            try {
                write(all, stored, plan, waiting, line);
                return new Booked(booked, fit);
            } catch (OptimisticLockingFailureException | DuplicateKeyException lost) {
                // Another booking wrote first: read what it left and book again.
            }
        }
        throw new OptimisticLockingFailureException("Hotel rooms of " + last.keySet() + " keep changing; retrying the events");
    }

    /** These hotels' rooms as stored (a hotel nobody has a room in yet has no document). */
    Map<String, HotelRooms> storedRooms(List<Accommodation.Hotel> all) {
        Set<String> ids = new HashSet<>();
        all.forEach(h -> ids.add(h.id()));
        Map<String, HotelRooms> stored = new HashMap<>();
        mongo.findAll(HotelRooms.class).stream().filter(h -> ids.contains(h.hotelId())).forEach(h -> stored.put(h.hotelId(), h));
        return stored;
    }

    /** The delegations with a room in the hotel, and those waiting for one, to book again after the hotel changed. */
    public Set<String> inHotelOrWaiting(String hotelId) {
        Set<String> ids = new LinkedHashSet<>();
        waiting().forEach(w -> ids.add(w.delegationId()));
        roomsAt(hotelId).forEach(t -> ids.add(t.delegationId()));
        return ids;
    }

    private static RoomPlan plan(List<Accommodation.Hotel> all, Map<String, HotelRooms> stored) {
        RoomPlan plan = new RoomPlan(all);
        stored.values().forEach(h -> h.rooms().forEach(t -> plan.take(new Slot(h.hotelId(), t.night(), t.type(), t.number()),
                new Occupant(t.delegationId(), t.memberId(), t.name(), t.role(), t.locality()))));
        return plan;
    }

    /**
     * The waiting list after the batch: those waiting before keep their place (a booked delegation's
     * member stays in line while still without a night), then the batch's members newly without.
     */
    private static List<Waiting> line(RoomWaitingList waiting, Map<String, RegisteredDelegation> batch,
                                      Map<String, Map<String, Lodging>> booked) {
        List<Waiting> line = new ArrayList<>();
        Set<String> inLine = new HashSet<>();
        for (Waiting w : waiting == null ? List.<Waiting>of() : waiting.members()) {
            if (!batch.containsKey(w.delegationId())) {
                line.add(w);
                continue;
            }
            RegisteredDelegation delegation = batch.get(w.delegationId());
            Lodging now = booked.get(w.delegationId()).get(w.memberId());
            delegation.members().stream().filter(m -> m.memberId().equals(w.memberId())).findFirst().ifPresent(m -> {
                if (now != null && !now.unhoused().isEmpty()) {
                    line.add(waiting(delegation, m, now));
                    inLine.add(w.delegationId() + "/" + w.memberId());
                }
            });
        }
        batch.values().forEach(d -> d.members().forEach(m -> {
            Lodging now = booked.get(d.delegationId()).get(m.memberId());
            if (now != null && !now.unhoused().isEmpty() && inLine.add(d.delegationId() + "/" + m.memberId())) {
                line.add(waiting(d, m, now));
            }
        }));
        return line;
    }

    private static Waiting waiting(RegisteredDelegation delegation, RegisteredDelegation.Traveller member, Lodging lodging) {
        return new Waiting(delegation.delegationId(), member.memberId(), member.role(), lodging.unhoused(), member.name(),
                delegation.locality());
    }

    /** The members waiting for a room, first in line first. */
    List<Waiting> waiting() {
        RoomWaitingList waiting = mongo.findById(RoomWaitingList.ID, RoomWaitingList.class);
        return waiting == null ? List.of() : waiting.members();
    }

    private void write(List<Accommodation.Hotel> all, Map<String, HotelRooms> stored, RoomPlan plan, RoomWaitingList waiting,
                       List<Waiting> line) {
        for (Accommodation.Hotel hotel : all) {
            HotelRooms was = stored.get(hotel.id());
            List<HotelRooms.Taken> now = plan.takenAt(hotel.id()).stream()
                    .map(e -> new HotelRooms.Taken(e.getKey().night(), e.getKey().type(), e.getKey().number(),
                            e.getValue().delegationId(), e.getValue().memberId(), e.getValue().name(), e.getValue().role(),
                            e.getValue().locality()))
                    .sorted(Comparator.comparing(HotelRooms.Taken::night).thenComparing(HotelRooms.Taken::type)
                            .thenComparingInt(HotelRooms.Taken::number).thenComparing(HotelRooms.Taken::memberId)).toList();
            if (was == null ? !now.isEmpty() : !Set.copyOf(was.rooms()).equals(Set.copyOf(now))) {
                long listVersion = was == null ? 0 : was.version() + 1;
                List<OutboxMessage> news = List.of(events.roomsAllocated(hotel, listVersion, now));
                if (!store.save(new HotelRooms(hotel.id(), null, now, was == null ? news : List.of()), hotel.id(),
                        was == null ? null : was.version(), news)) {
                    throw new OptimisticLockingFailureException("Rooms of " + hotel.id() + " were booked meanwhile");
                }
            }
        }
        if (waiting == null ? !line.isEmpty() : !waiting.members().equals(line)) {
            mongo.save(new RoomWaitingList(RoomWaitingList.ID, waiting == null ? null : waiting.version(), line));
        }
    }

    /** The hotel's rooms taken, as stored. */
    List<HotelRooms.Taken> roomsAt(String hotelId) {
        HotelRooms rooms = mongo.findById(hotelId, HotelRooms.class);
        return rooms == null ? List.of() : rooms.rooms();
    }
}
