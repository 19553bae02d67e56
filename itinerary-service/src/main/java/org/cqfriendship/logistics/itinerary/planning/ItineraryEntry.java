package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.List;

/**
 * A pickup, a session, or a remote speaker's video-link speech and tech check, with the members
 * it concerns. {@code timeZone} is the remote speaker's own zone, for showing the time there too.
 * At a session with limited seats, {@code memberNames} have a seat and {@code waiting} are on its
 * waiting list. {@code title} and {@code place} are the English; {@code facts} are what the entry
 * is worded from in any other language (null in entries planned before they were kept).
 */
public record ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                             List<String> memberNames, String timeZone, List<String> waiting, Facts facts) {

    @PersistenceCreator
    public ItineraryEntry {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    public ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                          List<String> memberNames, String timeZone) {
        this(entryId, kind, title, place, startsAt, endsAt, memberNames, timeZone, List.of(), null);
    }

    /**
     * {@code HOTEL}: a member's room for their nights; {@code DROP_OFF}: the ride from the hotel to a
     * departure; {@code STALL}: the delegation's food carnival stall in one slot, from its set-up.
     */
    public enum Kind { PICKUP, SESSION, VIDEO_SPEECH, TECH_CHECK, HOTEL, DROP_OFF, STALL }

    public ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                          List<String> memberNames) {
        this(entryId, kind, title, place, startsAt, endsAt, memberNames, null);
    }

    /**
     * What an entry is about: the session (of a session, a speech or a tech check), or the flight or
     * train a pickup meets and, when the arrival was re-timed, the time it was scheduled for. A
     * pickup also names the hotel it drives to and the drive's {@code minutes}, or, with no hotel,
     * the first session it goes straight to the venue for. A hotel stay names the hotel, the room
     * type and the nights; a drop-off the hotel it leaves from (none: the venue), the port, the
     * departing flight or train and the drive. A stall names its slot (the session) and its pitch.
     */
    public record Facts(String sessionId, String service, Instant scheduledAt, String hotel, Integer minutes, String room,
                        Integer nights, String port, Integer pitch) {

        static Facts session(String sessionId) {
            return new Facts(sessionId, null, null, null, null, null, null, null, null);
        }

        static Facts pickup(String service, Instant scheduledAt) {
            return new Facts(null, service, scheduledAt, null, null, null, null, null, null);
        }

        Facts to(String newHotel, Integer newMinutes, String firstSessionId) {
            return new Facts(firstSessionId, service, scheduledAt, newHotel, newMinutes, room, nights, port, null);
        }

        static Facts stay(String hotel, String room, int nights) {
            return new Facts(null, null, null, hotel, null, room, nights, null, null);
        }

        static Facts stall(String slotId, int pitch) {
            return new Facts(slotId, null, null, null, null, null, null, null, pitch);
        }

        static Facts dropOff(String hotel, String port, String service, int minutes) {
            return new Facts(null, service, null, hotel, minutes, null, null, port, null);
        }
    }

    ItineraryEntry withFacts(Facts newFacts) {
        return new ItineraryEntry(entryId, kind, title, place, startsAt, endsAt, memberNames, timeZone, waiting, newFacts);
    }

    /**
     * The same plan as {@code other}: everything but the facts, which the English title and place
     * already state, so that an itinerary planned before facts were kept is not told as changed.
     */
    boolean samePlanAs(ItineraryEntry other) {
        return other != null && withFacts(null).equals(other.withFacts(null));
    }
}
