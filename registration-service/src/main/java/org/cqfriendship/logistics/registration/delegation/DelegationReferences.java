package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * Short references a delegation and the desk can read out on the phone and search for, such as
 * {@code CQ26-LA-7KQ2}: the conference, the country, and four characters of Crockford's base 32
 * (no I, L, O or U, so nothing is misread). They are drawn at random rather than counted, so that
 * a registration costs no extra round trip for a counter; the unique index on {@code reference}
 * refuses the rare repeat, and the registration draws again ({@link DelegationService#register}).
 */
@Component
class DelegationReferences {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 4;

    private final String prefix;
    private final SecureRandom random = new SecureRandom();

    DelegationReferences(@Value("${registration.reference-prefix:CQ26}") String prefix) {
        this.prefix = prefix;
    }

    String next(String country) {
        StringBuilder reference = new StringBuilder(prefix).append('-').append(country).append('-');
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
