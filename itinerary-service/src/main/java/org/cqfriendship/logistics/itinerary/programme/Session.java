package org.cqfriendship.logistics.itinerary.programme;

import java.time.OffsetDateTime;

/**
 * One item of the conference programme. {@code illustrative} marks details the source reports do
 * not state (times, venues) and that we invented for the demo. A {@code dropIn} session (the
 * exhibition) is visited at any time while it is open, so it never overlaps another.
 */
public record Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                      boolean illustrative, boolean dropIn) {

    public static final java.time.ZoneId CONFERENCE_ZONE = java.time.ZoneId.of("Asia/Shanghai");
}
