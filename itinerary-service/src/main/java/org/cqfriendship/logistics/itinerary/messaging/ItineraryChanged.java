package org.cqfriendship.logistics.itinerary.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Contract: contracts/schemas/ItineraryChanged.schema.json. */
record ItineraryChanged(String delegationId, String coordinatorId, String locality, String reason, Instant changedAt,
                        List<Change> changes) {

    record Change(String entryId, String description, Entry before, Entry after) {
    }

    /**
     * {@code timeZone} and {@code localStartsAt}: a remote speaker's own zone and the time there;
     * {@code waiting}: members on the session's waiting list (its {@code members} have a seat).
     */
    record Entry(String kind, OffsetDateTime startsAt, String place, List<String> members, String timeZone,
                 OffsetDateTime localStartsAt, List<String> waiting) {
    }
}
