package org.cqfriendship.logistics.notification.messaging;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of contracts/schemas/ItineraryChanged.schema.json. */
record ItineraryChanged(String delegationId, String coordinatorId, String locality, String reason, List<Change> changes) {

    record Change(String entryId, String description, Entry before, Entry after) {
    }

    record Entry(String kind, OffsetDateTime startsAt, String place, List<String> members, String timeZone,
                 OffsetDateTime localStartsAt, List<String> waiting) {
    }
}
