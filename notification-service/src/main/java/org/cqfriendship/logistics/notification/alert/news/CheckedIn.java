package org.cqfriendship.logistics.notification.alert.news;

import java.time.OffsetDateTime;

/** What this service reads of contracts/schemas/CheckedIn.schema.json: a badge accepted at a desk or door. */
public record CheckedIn(String checkInId, String delegationId, String coordinatorId, String locality, String memberId, String role,
                        String displayName, String placeId, String placeKind, String port, OffsetDateTime scannedAt, boolean firstAtPlace) {

    public static final String TYPE = "CheckedIn";
}
