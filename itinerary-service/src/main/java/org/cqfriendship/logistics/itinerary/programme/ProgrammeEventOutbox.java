package org.cqfriendship.logistics.itinerary.programme;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

/** Turns what programme staff did to a session into the events waiting in its outbox. */
public interface ProgrammeEventOutbox {

    /** The session is on the programme: delegates can sign up for it. */
    OutboxMessage published(Session session);

    OutboxMessage rescheduled(Session before, Session after);

    OutboxMessage cancelled(Session session);
}
