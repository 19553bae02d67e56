package org.cqfriendship.logistics.itinerary.rooms;

import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the hotels and the accommodation desk read: each hotel's rooms taken and free night by
 * night, and its rooming list (who sleeps in which room on which night), from the hotel's rooms
 * and the itineraries of the delegations in them: two reads.
 */
@Service
public class RoomingLists {

    private final RoomAllocation rooms;
    private final Hotels hotels;
    private final ItineraryService itineraries;

    RoomingLists(RoomAllocation rooms, Hotels hotels, ItineraryService itineraries) {
        this.rooms = rooms;
        this.hotels = hotels;
        this.itineraries = itineraries;
    }

    /** A hotel as the desk sees it: its settings, and for each night of its blocks the rooms of each type taken and held. */
    public record HotelNights(Accommodation.Hotel hotel, List<Night> nights) {
    }

    public record Night(LocalDate night, List<Usage> rooms) {
    }

    public record Usage(RoomType type, int taken, int held) {
    }

    /** A guest on a night, in the hotel's rooming list. */
    public record Guest(LocalDate night, RoomType roomType, int roomNumber, String name, String role, String delegationId,
                        String locality, String arrival, OffsetDateTime arrivesAt, String departure, OffsetDateTime departsAt,
                        Set<String> diets, String accessibility) {
    }

    /** A member waiting for a room: who, from which delegation, and the nights they have none for. */
    public record Waiting(String name, String role, String delegationId, String locality, List<LocalDate> nights) {
    }

    /** The members waiting for a room, first in line first. */
    public List<Waiting> waiting() {
        return rooms.waiting().stream().map(w -> new Waiting(w.name(), w.role(), w.delegationId(), w.locality(), w.nights())).toList();
    }

    public List<HotelNights> hotels() {
        List<Accommodation.Hotel> all = hotels.all();
        Map<String, HotelRooms> stored = rooms.storedRooms(all);
        return all.stream().map(h -> nights(h, stored.get(h.id()))).toList();
    }

    private static HotelNights nights(Accommodation.Hotel hotel, HotelRooms stored) {
        Map<LocalDate, Map<RoomType, Long>> taken = stored == null ? Map.of() : stored.rooms().stream()
                .collect(Collectors.groupingBy(HotelRooms.Taken::night, Collectors.groupingBy(HotelRooms.Taken::type, Collectors.counting())));
        TreeSet<LocalDate> nights = new TreeSet<>(taken.keySet());
        hotel.blocks().forEach(b -> b.firstNight().datesUntil(b.lastNight().plusDays(1)).forEach(nights::add));
        List<Night> rows = new ArrayList<>();
        for (LocalDate night : nights) {
            List<Usage> usage = new ArrayList<>();
            for (RoomType type : RoomType.values()) {
                int held = hotel.rooms(night, type);
                int used = taken.getOrDefault(night, Map.of()).getOrDefault(type, 0L).intValue();
                if (held > 0 || used > 0) {
                    usage.add(new Usage(type, used, held));
                }
            }
            rows.add(new Night(night, usage));
        }
        return new HotelNights(hotel, rows);
    }

    /** The hotel's rooming list for the night (every night: null), by night, room type and number. */
    public List<Guest> roomingList(String hotelId, LocalDate night) {
        List<HotelRooms.Taken> taken = rooms.roomsAt(hotelId).stream().filter(t -> night == null || t.night().equals(night))
                .sorted(Comparator.comparing(HotelRooms.Taken::night).thenComparing(HotelRooms.Taken::type)
                        .thenComparingInt(HotelRooms.Taken::number)).toList();
        Map<String, Itinerary> byId = new HashMap<>();
        itineraries.findAll(taken.stream().map(HotelRooms.Taken::delegationId).collect(Collectors.toSet()))
                .forEach(i -> byId.put(i.delegationId(), i));
        List<Guest> guests = new ArrayList<>();
        for (HotelRooms.Taken t : taken) {
            Itinerary itinerary = byId.get(t.delegationId());
            Traveller member = itinerary == null ? null
                    : itinerary.roster().stream().filter(m -> m.memberId().equals(t.memberId())).findFirst().orElse(null);
            if (member == null) {
                continue; // booked from a roster not yet written: shown once its itinerary is
            }
            var arrival = member.arrival();
            var stay = member.stay();
            guests.add(new Guest(t.night(), t.type(), t.number(), member.name(), member.role(), t.delegationId(), itinerary.locality(),
                    arrival == null ? null : join(arrival.port(), arrival.service()), arrival == null ? null : local(arrival.effectiveAt()),
                    join(stay.departurePort(), stay.departureService()), local(member.departsAt()), member.needs().diets(),
                    member.needs().accessibility()));
        }
        return guests;
    }

    private static OffsetDateTime local(Instant at) {
        return at == null ? null : at.atZone(ConferenceTime.ZONE).toOffsetDateTime();
    }

    private static String join(String port, String service) {
        if (port == null) {
            return service;
        }
        return service == null ? port : port + " " + service;
    }
}
