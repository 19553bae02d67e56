package org.cqfriendship.logistics.registration.documents;

import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Encrypts personal documents (passport numbers) with AES-256-GCM ({@link KeyRing}). Keys come from
 * configuration by id ({@code registration.documents.keys.<id>}, base64 of 32 bytes); new values
 * use the {@code active-key}, and values written under older keys stay readable while their key
 * is configured, so keys can be rotated.
 */
@ConfigurationProperties("registration.documents")
public class DocumentCipher {

    private final KeyRing keys;

    public DocumentCipher(String activeKey, Map<String, String> keys) {
        this.keys = new KeyRing("registration.documents", activeKey, keys);
    }

    /** The encrypted text, bound to {@code context} (the member id). */
    public KeyRing.Sealed seal(String plain, String context) {
        return keys.seal(plain, context);
    }

    public String open(KeyRing.Sealed sealed, String context) {
        return keys.open(sealed, context);
    }
}
