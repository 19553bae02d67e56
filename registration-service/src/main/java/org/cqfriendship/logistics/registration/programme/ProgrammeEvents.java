package org.cqfriendship.logistics.registration.programme;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** The itinerary-service's programme events this service reads (contracts/schemas/Session*.schema.json). */
public final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    public record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
    }

    /** The title and venue in another language; either may be absent (the English stands). */
    public record Translation(String title, String venue) {
    }

    /** Only what the form needs; seats and the rest of the contract's fields are the itinerary-service's business. */
    public record SessionPublished(String sessionId, String title, Slot slot, String partOf, Instant publishedAt,
                            Map<String, Translation> translations) {
    }

    public record SessionRescheduled(String sessionId, String title, Slot before, Slot after, Instant changedAt,
                              Map<String, Translation> translations) {
    }

    public record SessionCancelled(String sessionId, String title, Slot slot, Instant cancelledAt, Map<String, Translation> translations) {
    }
}
