package org.cqfriendship.logistics.support.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A token that names one thing, until when it is good, and proves this system issued it:
 * {@code <id>.<expiry, epoch seconds in base 36>.<HMAC-SHA256>} under a secret and a purpose, so a
 * token made for one purpose opens nothing else, a token past its expiry opens nothing, and
 * nothing about it is stored. Rotating the secret invalidates every token issued so far.
 */
public class SignedIds {

    private final byte[] secret;
    private final String purpose;
    private final Pattern ids;
    private final Duration validity;
    private final Clock clock;

    /** Tokens good for {@code validity} from when they are issued, by {@code clock}. */
    public SignedIds(String secret, String purpose, Pattern ids, Duration validity, Clock clock) {
        this.validity = validity;
        this.clock = clock;
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("The secret that signs " + purpose + " links must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.purpose = purpose;
        this.ids = ids;
    }

    public String tokenFor(String id) {
        String signed = id + "." + Long.toString(clock.instant().plus(validity).getEpochSecond(), 36);
        return signed + "." + signature(signed);
    }

    /** The id a token names, if it is genuine and not expired. */
    public Optional<String> idOf(String token) {
        return genuine(token, false);
    }

    /** The id a genuine token names that has expired: enough to send a fresh one to where the first went, nothing more. */
    public Optional<String> expiredIdOf(String token) {
        return genuine(token, true);
    }

    private Optional<String> genuine(String token, boolean expired) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        int expiryDot = dot <= 0 ? -1 : token.lastIndexOf('.', dot - 1);
        if (expiryDot <= 0) {
            return Optional.empty();
        }
        String signed = token.substring(0, dot);
        String id = token.substring(0, expiryDot);
        Boolean good = stillGood(token.substring(expiryDot + 1, dot));
        if (!ids.matcher(id).matches() || good == null || good == expired) {
            return Optional.empty();
        }
        byte[] expected = signature(signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    /** Null when the expiry is not a number at all (neither good nor expired: not a token). */
    private Boolean stillGood(String expiry) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(expiry, 36)).isAfter(clock.instant());
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private String signature(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
