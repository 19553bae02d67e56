package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

/** Turns what happened to an itinerary into the events waiting in its outbox. */
public interface ItineraryEventOutbox {

    /** The itinerary was planned for the first time: every entry is new. */
    OutboxMessage planned(Itinerary itinerary);

    OutboxMessage clashDetected(Itinerary itinerary, Clash clash);
}
