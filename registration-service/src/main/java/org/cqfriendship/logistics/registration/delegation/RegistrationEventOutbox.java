package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

/** Turns what happened to a delegation into the events waiting in its outbox. */
public interface RegistrationEventOutbox {

    OutboxMessage registered(Delegation delegation);
}
