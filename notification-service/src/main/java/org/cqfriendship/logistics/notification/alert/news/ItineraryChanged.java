package org.cqfriendship.logistics.notification.alert.news;

import java.time.OffsetDateTime;
import java.util.List;

/** What this service reads of contracts/schemas/ItineraryChanged.schema.json. */
public record ItineraryChanged(String delegationId, String coordinatorId, String locality, String reason, List<Change> changes) {

    /** {@code reason} as this service knows it. */
    public ChangeReason changeReason() {
        return ChangeReason.of(reason);
    }

    public record Change(String entryId, String description, Entry before, Entry after) {
    }

    public record Entry(String kind, OffsetDateTime startsAt, String place, List<String> members, String timeZone,
                        OffsetDateTime localStartsAt, List<String> waiting) {
    }
}
