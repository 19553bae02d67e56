package org.cqfriendship.logistics.registration.delegation;

/** Where a registration that asked for a confirmation email is named once it is stored, to be sent at once. */
public interface Confirmations {

    void sendSoon(String delegationId);
}
