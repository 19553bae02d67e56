package org.cqfriendship.logistics.itinerary.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gives delegations' members hotel rooms for the nights they asked for, before they are planned. */
public interface RoomBooking {

    /**
     * Books rooms for these delegations as they are now, in order (each seeing those before it),
     * taking their members out of the rooms they had first; answers each delegation's members'
     * rooms, and the other delegations waiting for a room that one freed now may fit.
     */
    Booked bookAll(List<RegisteredDelegation> delegations);

    record Booked(Map<String, Map<String, Lodging>> byDelegation, Set<String> waitingThatFit) {

        public Map<String, Lodging> of(String delegationId) {
            return byDelegation.getOrDefault(delegationId, Map.of());
        }
    }

    /** A hotel as the itinerary names it, and how far it is from the venue and from each port, in minutes. */
    record Hotel(String id, String name, String address, LocalTime checkIn, LocalTime checkOut, int minutesToVenue,
                 Map<String, Integer> minutesToPort) {

        /** Minutes from the port to the hotel (the venue's distance when the port's is not known). */
        public int minutesFrom(String port) {
            return minutesToPort.getOrDefault(port, minutesToVenue);
        }
    }

    /**
     * A member's room: the hotel, the room (its type and number in the hotel's block, e.g. SUITE 2)
     * and the nights they have it; the nights they asked for that no room was left for; and whom
     * they share it with (their name), if anyone.
     */
    record Lodging(Hotel hotel, String roomType, int roomNumber, List<LocalDate> nights, List<LocalDate> unhoused, String sharedWith) {

        public Lodging {
            nights = List.copyOf(nights);
            unhoused = List.copyOf(unhoused);
        }

        public boolean housed() {
            return hotel != null && !nights.isEmpty();
        }
    }
}
