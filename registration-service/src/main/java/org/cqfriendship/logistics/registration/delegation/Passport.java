package org.cqfriendship.logistics.registration.delegation;

import java.time.LocalDate;

/**
 * A passport as stored: the number only encrypted (AES-GCM, under the key named {@code keyId}),
 * its last characters for the masked display, and the expiry.
 */
public record Passport(String keyId, String cipherText, String lastCharacters, LocalDate expiry) {

    /** The number as every page and answer shows it. */
    public String masked() {
        return "•••••" + lastCharacters;
    }
}
