package org.cqfriendship.logistics.itinerary.messaging;

import java.time.Instant;

/** Contract: contracts/schemas/ClashResolved.schema.json. */
record ClashResolved(String clashId, String delegationId, String coordinatorId, String locality, String memberId,
                     String memberName, String kind, String sessionId, String sessionTitle, String reason, String explanation,
                     Instant resolvedAt) {
}
