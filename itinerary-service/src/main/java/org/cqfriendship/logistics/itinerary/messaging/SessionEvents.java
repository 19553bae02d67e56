package org.cqfriendship.logistics.itinerary.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Contracts: contracts/schemas/SessionPublished, SessionRescheduled and SessionCancelled.schema.json. */
final class SessionEvents {

    private SessionEvents() {
    }

    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
    }

    record SessionPublished(String sessionId, String title, Slot slot, Integer capacity, boolean illustrative, String partOf,
                            Instant publishedAt) {
    }

    record SessionRescheduled(String sessionId, String title, Slot before, Slot after, Instant changedAt) {
    }

    record SessionCancelled(String sessionId, String title, Slot slot, Instant cancelledAt) {
    }

    /** Contract: contracts/schemas/SeatsReallocated.schema.json. */
    record SeatsReallocated(String sessionId, java.util.List<String> delegationIds, Instant reallocatedAt) {
    }
}
