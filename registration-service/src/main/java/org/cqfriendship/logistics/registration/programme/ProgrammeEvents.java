package org.cqfriendship.logistics.registration.programme;

import java.time.Instant;
import java.time.OffsetDateTime;

/** The itinerary-service's programme events this service reads (contracts/schemas/Session*.schema.json). */
final class ProgrammeEvents {

    private ProgrammeEvents() {
    }

    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
    }

    record SessionPublished(String sessionId, String title, Slot slot, Integer capacity, boolean illustrative, Instant publishedAt) {
    }

    record SessionRescheduled(String sessionId, String title, Slot before, Slot after, Instant changedAt) {
    }

    record SessionCancelled(String sessionId, String title, Slot slot, Instant cancelledAt) {
    }
}
