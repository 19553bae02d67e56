package org.cqfriendship.logistics.itinerary.programme;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A session as stored and managed by programme staff; its {@code outbox} holds the events of its last change. */
@Document("sessions")
record ProgrammeSession(@Id String id, String title, String venue, Instant startsAt, Instant endsAt, boolean illustrative,
                        boolean dropIn, boolean cancelled, @Version Long version, List<OutboxMessage> outbox) {

    Session view() {
        return new Session(id, title, venue, startsAt.atZone(Session.CONFERENCE_ZONE).toOffsetDateTime(),
                endsAt.atZone(Session.CONFERENCE_ZONE).toOffsetDateTime(), illustrative, dropIn);
    }
}
