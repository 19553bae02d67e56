package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Contracts: contracts/schemas/SessionPublished, SessionRescheduled and SessionCancelled.schema.json. */
final class SessionEvents {

    private SessionEvents() {
    }

    record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String venue) {
    }

    /** The title and venue in another language, by language tag; either may be absent (then the English stands). */
    record Translation(@Nullable String title, @Nullable String venue) {
    }

    record SessionPublished(String sessionId, String title, Slot slot, @Nullable Integer capacity, boolean illustrative,
                            @Nullable String partOf,
                            Instant publishedAt, Map<String, Translation> translations) {
    }

    record SessionRescheduled(String sessionId, String title, Slot before, Slot after, Instant changedAt,
                              Map<String, Translation> translations) {
    }

    record SessionCancelled(String sessionId, String title, Slot slot, Instant cancelledAt, Map<String, Translation> translations) {
    }

    /** Contract: contracts/schemas/StallAllocated.schema.json. */
    record StallAllocated(String sessionId, String delegationId, @Nullable Integer pitch, List<String> slots, Instant allocatedAt) {
    }

    /** Contract: contracts/schemas/FinalistsChosen.schema.json. */
    record FinalistsChosen(String sessionId, String heatId, List<String> delegationIds, Instant chosenAt) {
    }

    /** Contract: contracts/schemas/SeatsReallocated.schema.json. */
    record SeatsReallocated(String sessionId, List<String> delegationIds, Instant reallocatedAt) {
    }
}
