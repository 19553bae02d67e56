package org.cqfriendship.logistics.registration.delegation;

import java.util.Collection;

/** Where a registration that asked for a confirmation email is named once it is stored, to be sent at once. */
public interface Confirmations {

    void sendSoon(String delegationId);

    /**
     * Registrations whose {@code DelegationRegistered} event was read, as stored now: a confirmation of theirs still
     * pending is kept where any instance's sweep finds it, should the instance that stored them have died before sending it.
     */
    void track(Collection<Delegation> registered);

    /**
     * Sends the confirmation email again, with a fresh link, to the delegation's contact address
     * (never to whoever asks). False when one went out within the last few minutes: nothing is sent.
     */
    boolean sendFreshLink(String delegationId);

    /** Sends the confirmation email with the current link now, whenever the last went out (staff revoked the old links). False without a contact address. */
    boolean sendNewLink(String delegationId);
}
