package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.Clash;
import org.cqfriendship.logistics.itinerary.planning.Itinerary;
import org.cqfriendship.logistics.itinerary.planning.ItineraryEntry;
import org.cqfriendship.logistics.itinerary.planning.ItineraryEventOutbox;
import org.cqfriendship.logistics.itinerary.planning.ItineraryEventOutbox.EntryChange;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Translates itinerary changes into the contract's events on {@value ItineraryTopics#ITINERARIES}. */
@Component
class KafkaItineraryEventOutbox implements ItineraryEventOutbox {

    private final OutboxMessages messages;
    private final Clock clock;

    KafkaItineraryEventOutbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public OutboxMessage changed(Itinerary itinerary, ChangeReason reason, List<EntryChange> entryChanges) {
        var changes = entryChanges.stream()
                .map(c -> new ItineraryChanged.Change(c.entryId(), c.description(), entry(c.before()), entry(c.after())))
                .toList();
        var event = new ItineraryChanged(itinerary.delegationId(), itinerary.coordinatorId(), itinerary.locality(),
                reason.name(), clock.instant(), changes);
        return messages.create(ItineraryTopics.ITINERARIES, itinerary.delegationId(), event);
    }

    @Override
    public OutboxMessage clashResolved(Itinerary itinerary, Clash clash, ChangeReason reason) {
        String explanation = reason == ChangeReason.SESSION_CANCELLED
                ? "Resolved: " + clash.sessionTitle() + " is cancelled, so " + clash.memberName() + " is no longer due there."
                : "Resolved: " + clash.memberName() + " can now make " + (clash.sessionTitle() == null ? "it" : clash.sessionTitle()) + ".";
        var event = new ClashResolved(clash.clashId(), itinerary.delegationId(), itinerary.coordinatorId(), itinerary.locality(),
                clash.memberId(), clash.memberName(), clash.kind().name(), clash.sessionId(), clash.sessionTitle(), reason.name(),
                explanation, clock.instant());
        return messages.create(ItineraryTopics.ITINERARIES, itinerary.delegationId(), event);
    }

    @Override
    public OutboxMessage clashDetected(Itinerary itinerary, Clash clash) {
        var event = new ClashDetected(clash.clashId(), itinerary.delegationId(), itinerary.coordinatorId(),
                itinerary.locality(), clash.memberId(), clash.memberName(), clash.kind().name(), clash.sessionId(), clash.sessionTitle(),
                local(clash.sessionStartsAt()), local(clash.arrivalAt()), local(clash.earliestAtVenue()), local(clash.departureAt()),
                clash.explanation(), clock.instant());
        return messages.create(ItineraryTopics.ITINERARIES, itinerary.delegationId(), event);
    }

    private static ItineraryChanged.@Nullable Entry entry(@Nullable ItineraryEntry entry) {
        return entry == null ? null : new ItineraryChanged.Entry(entry.kind().name(), local(entry.startsAt()), entry.place(),
                entry.memberNames(), entry.timeZone(),
                entry.timeZone() == null ? null : entry.startsAt().atZone(ZoneId.of(entry.timeZone())).toOffsetDateTime(),
                entry.waiting());
    }

    private static @Nullable OffsetDateTime local(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(ConferenceTime.ZONE).toOffsetDateTime();
    }
}
