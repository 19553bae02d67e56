package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.programme.ProgrammeEventOutbox;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.seats.SeatEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Translates programme changes and seat moves into the contract's events on {@value ItineraryTopics#SESSIONS}, keyed by session. */
@Component
class KafkaProgrammeEventOutbox implements ProgrammeEventOutbox, SeatEventOutbox {

    private final OutboxMessages messages;
    private final Clock clock;

    KafkaProgrammeEventOutbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public OutboxMessage published(Session session) {
        return messages.create(ItineraryTopics.SESSIONS, session.id(), new SessionEvents.SessionPublished(session.id(), session.title(),
                slot(session), session.capacity(), session.illustrative(), session.partOf(), clock.instant(), translations(session)));
    }

    @Override
    public OutboxMessage rescheduled(Session before, Session after) {
        return messages.create(ItineraryTopics.SESSIONS, after.id(),
                new SessionEvents.SessionRescheduled(after.id(), after.title(), slot(before), slot(after), clock.instant(),
                        translations(after)));
    }

    @Override
    public OutboxMessage cancelled(Session session) {
        return messages.create(ItineraryTopics.SESSIONS, session.id(),
                new SessionEvents.SessionCancelled(session.id(), session.title(), slot(session), clock.instant(), translations(session)));
    }

    @Override
    public OutboxMessage reallocated(String sessionId, Set<String> delegationIds) {
        return messages.create(ItineraryTopics.SESSIONS, sessionId,
                new SessionEvents.SeatsReallocated(sessionId, List.copyOf(delegationIds), clock.instant()));
    }

    private static Map<String, SessionEvents.Translation> translations(Session session) {
        Map<String, SessionEvents.Translation> translations = new TreeMap<>();
        session.translations().forEach((language, texts) ->
                translations.put(language, new SessionEvents.Translation(texts.title(), texts.venue())));
        return translations;
    }

    private static SessionEvents.Slot slot(Session session) {
        return new SessionEvents.Slot(session.startsAt(), session.endsAt(), session.venue());
    }
}
