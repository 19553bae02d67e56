package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;

import java.util.List;

/** Turns what happened to a delegation into the events waiting in its outbox. */
public interface RegistrationEventOutbox {

    OutboxMessage registered(Delegation delegation);

    /** One event per change, in order; {@code delegation} is the state after all of them. */
    List<OutboxMessage> changed(Delegation delegation, List<DelegationChange> changes);
}
