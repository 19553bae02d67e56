package org.cqfriendship.logistics.support.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The keys that seal a delegate's alert email and phone on the registration events
 * ({@code logistics.contacts.keys.<id>}, base64 of 32 bytes; new values under {@code active-key}):
 * held by the registration-service, which seals them, and the notification-service, which must
 * reach the delegate; every other reader of the topic sees ciphertext.
 */
@ConfigurationProperties("logistics.contacts")
public record ContactKeys(String activeKey, Map<String, String> keys) {

    /** The email and phone as sealed on an event, bound to the member. */
    public SealedContacts sealing() {
        return new SealedContacts(new KeyRing("logistics.contacts", activeKey, keys));
    }
}
