package org.cqfriendship.logistics.itinerary.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Contract: contracts/schemas/ClashDetected.schema.json. */
record ClashDetected(String clashId, String delegationId, String coordinatorId, String locality, String memberId,
                     String memberName, String kind, String sessionId, String sessionTitle, OffsetDateTime sessionStartsAt,
                     OffsetDateTime arrivalAt, OffsetDateTime earliestAtVenue, OffsetDateTime departureAt, String explanation,
                     Instant detectedAt) {
}
