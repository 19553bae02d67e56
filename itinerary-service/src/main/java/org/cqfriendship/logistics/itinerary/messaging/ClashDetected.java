package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Contract: contracts/schemas/ClashDetected.schema.json. */
record ClashDetected(String clashId, String delegationId, String coordinatorId, String locality, String memberId,
                     String memberName, String kind, String sessionId, String sessionTitle,
                     @Nullable OffsetDateTime sessionStartsAt, @Nullable OffsetDateTime arrivalAt, @Nullable OffsetDateTime earliestAtVenue,
                     @Nullable OffsetDateTime departureAt, String explanation,
                     Instant detectedAt) {
}
