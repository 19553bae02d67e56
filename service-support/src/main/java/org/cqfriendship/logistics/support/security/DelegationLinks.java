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
 * The secret link that grants exactly one delegation: {@code <delegation id>.<HMAC-SHA256 of it>}
 * under a secret every service shares, so each service can check a link without asking another
 * and nothing about it is stored. Rotating the secret invalidates every link sent so far.
 */
public class DelegationLinks {

    private static final Pattern DELEGATION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private final byte[] secret;

    public DelegationLinks(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("logistics.access.delegation-link-secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String delegationId) {
        return delegationId + "." + signature(delegationId);
    }

    /** The delegation a token grants, if it is genuine. */
    public Optional<String> delegationOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        if (!DELEGATION_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        byte[] expected = signature(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    private String signature(String delegationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal(("delegation-link:" + delegationId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
