package org.cqfriendship.logistics.notification.alert.news;

import java.time.OffsetDateTime;

/** What this service reads of contracts/schemas/ClashDetected.schema.json. */
public record ClashDetected(String clashId, String delegationId, String coordinatorId, String locality, String memberId, String memberName,
                            String kind, String sessionId, String sessionTitle, OffsetDateTime sessionStartsAt,
                            OffsetDateTime arrivalAt, OffsetDateTime earliestAtVenue, OffsetDateTime departureAt, String explanation) {
}
