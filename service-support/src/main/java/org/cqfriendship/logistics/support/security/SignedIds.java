package org.cqfriendship.logistics.support.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A token that names one thing and proves this system issued it: {@code <id>.<HMAC-SHA256>} under
 * a secret and a purpose, so a token made for one purpose opens nothing else and nothing about it
 * is stored. Rotating the secret invalidates every token issued so far.
 */
public class SignedIds {

    private final byte[] secret;
    private final String purpose;
    private final Pattern ids;

    public SignedIds(String secret, String purpose, Pattern ids) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("The secret that signs " + purpose + " links must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.purpose = purpose;
        this.ids = ids;
    }

    public String tokenFor(String id) {
        return id + "." + signature(id);
    }

    /** The id a token names, if it is genuine. */
    public Optional<String> idOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        if (!ids.matcher(id).matches()) {
            return Optional.empty();
        }
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
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
