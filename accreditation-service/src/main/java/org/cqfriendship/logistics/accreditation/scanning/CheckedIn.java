package org.cqfriendship.logistics.accreditation.scanning;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A member's badge was accepted at a place (accreditation.checkins, key = delegation id, so one
 * delegation's check-ins stay in order). {@code firstAtPlace}: the first accepted scan of this
 * member here, which is what the itinerary (pickup done) and the coordinator (arrived) act on.
 */
public record CheckedIn(String checkInId, String delegationId, @Nullable String coordinatorId, @Nullable String locality,
                        String memberId, @Nullable String role, @Nullable String displayName, String badgeNumber, String placeId,
                        String placeKind, @Nullable String port, @Nullable String zone, Instant scannedAt,
                        boolean firstAtPlace) {
}
