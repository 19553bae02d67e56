package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Contract: contracts/schemas/ItineraryChanged.schema.json. */
record ItineraryChanged(String delegationId, String coordinatorId, String locality, String reason, Instant changedAt,
                        List<Change> changes) {

    record Change(String entryId, String description, @Nullable Entry before, @Nullable Entry after) {
    }

    /**
     * {@code timeZone} and {@code localStartsAt}: a remote speaker's own zone and the time there;
     * {@code waiting}: members on the session's waiting list (its {@code members} have a seat).
     */
    record Entry(String kind, @Nullable OffsetDateTime startsAt, @Nullable String place, List<String> members, @Nullable String timeZone,
                 @Nullable OffsetDateTime localStartsAt, List<String> waiting) {
    }
}
