package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.List;

/**
 * A pickup, a session, or a remote speaker's video-link speech and tech check, with the members
 * it concerns. {@code timeZone} is the remote speaker's own zone, for showing the time there too.
 * At a session with limited seats, {@code memberNames} have a seat and {@code waiting} are on its
 * waiting list.
 */
public record ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                             List<String> memberNames, String timeZone, List<String> waiting) {

    @PersistenceCreator
    public ItineraryEntry {
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    public ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                          List<String> memberNames, String timeZone) {
        this(entryId, kind, title, place, startsAt, endsAt, memberNames, timeZone, List.of());
    }

    public enum Kind { PICKUP, SESSION, VIDEO_SPEECH, TECH_CHECK }

    public ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                          List<String> memberNames) {
        this(entryId, kind, title, place, startsAt, endsAt, memberNames, null);
    }
}
