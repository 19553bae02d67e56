package org.cqfriendship.logistics.accreditation.programme;

import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A programme session's times, for its door's no-show list. */
@Document("sessions")
public record Session(@Id String id, String title, Instant startsAt, Instant endsAt, String venue, boolean cancelled) {

    public String startTime() {
        return AccreditationSettings.clockTime(startsAt);
    }
}
