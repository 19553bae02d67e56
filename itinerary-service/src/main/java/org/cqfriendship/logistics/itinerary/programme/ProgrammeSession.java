package org.cqfriendship.logistics.itinerary.programme;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** A session as stored and managed by programme staff; its {@code outbox} holds the events of its last change. */
@Document("sessions")
record ProgrammeSession(@Id String id, String title, String venue, Instant startsAt, Instant endsAt, boolean illustrative,
                        boolean dropIn, @Nullable Integer capacity, List<String> interpretation, @Nullable String meal,
                        @Nullable String partOf, boolean cancelled, @Version @Nullable Long version, List<OutboxMessage> outbox,
                        Map<String, Session.Texts> translations) {

    /** The version of a session read from the store, which always has one (a new one has none until it is inserted). */
    long storedVersion() {
        return Objects.requireNonNull(version, "a stored session has a version");
    }

    /** A new session, the event {@code publishing} makes of it (as stored, times in conference time) waiting in its outbox. */
    static ProgrammeSession of(Session s, Function<Session, OutboxMessage> publishing) {
        ProgrammeSession draft = new ProgrammeSession(s.id(), s.title(), s.venue(), s.startsAt().toInstant(), s.endsAt().toInstant(),
                s.illustrative(), s.dropIn(), s.capacity(), s.interpretation(), s.meal(), s.partOf(), false, null, List.of(),
                s.translations());
        return new ProgrammeSession(draft.id, draft.title, draft.venue, draft.startsAt, draft.endsAt, draft.illustrative, draft.dropIn,
                draft.capacity, draft.interpretation, draft.meal, draft.partOf, false, null, List.of(publishing.apply(draft.view())),
                draft.translations);
    }

    Session view() {
        return new Session(id, title, venue, startsAt.atZone(ConferenceTime.ZONE).toOffsetDateTime(),
                endsAt.atZone(ConferenceTime.ZONE).toOffsetDateTime(), illustrative, dropIn, capacity, interpretation, meal, partOf,
                translations);
    }

    ProgrammeSession moved(String newVenue, Instant newStartsAt, Instant newEndsAt) {
        return new ProgrammeSession(id, title, newVenue, newStartsAt, newEndsAt, illustrative, dropIn, capacity, interpretation, meal,
                partOf, cancelled, version, List.of(), translations);
    }

    ProgrammeSession translated(Map<String, Session.Texts> newTranslations) {
        return new ProgrammeSession(id, title, venue, startsAt, endsAt, illustrative, dropIn, capacity, interpretation, meal,
                partOf, cancelled, version, List.of(), newTranslations);
    }

    ProgrammeSession withCapacity(Integer newCapacity) {
        return new ProgrammeSession(id, title, venue, startsAt, endsAt, illustrative, dropIn, newCapacity, interpretation, meal,
                partOf, cancelled, version, List.of(), translations);
    }

    ProgrammeSession cancelledNow() {
        return new ProgrammeSession(id, title, venue, startsAt, endsAt, illustrative, dropIn, capacity, interpretation, meal,
                partOf, true, version, List.of(), translations);
    }
}
