package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

import java.util.List;

/** Turns what happened to an itinerary into the events waiting in its outbox. */
public interface ItineraryEventOutbox {

    /** The itinerary changed for {@code reason}: each entry that is new, gone or different, before and after. */
    OutboxMessage changed(Itinerary after, ChangeReason reason, List<EntryChange> changes);

    OutboxMessage clashDetected(Itinerary itinerary, Clash clash);

    OutboxMessage clashResolved(Itinerary itinerary, Clash clash, ChangeReason reason);

    /** One entry's change; {@code before} is null for a new entry, {@code after} null for a removed one. */
    record EntryChange(String entryId, String description, ItineraryEntry before, ItineraryEntry after) {
    }
}
