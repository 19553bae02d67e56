package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;
import java.util.List;

/** A pickup or a session in a delegation's itinerary, with the members it concerns. */
public record ItineraryEntry(String entryId, Kind kind, String title, String place, Instant startsAt, Instant endsAt,
                             List<String> memberNames) {

    public enum Kind { PICKUP, SESSION }
}
