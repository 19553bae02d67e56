package org.cqfriendship.logistics.registration.delegation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret link through which a delegation sees and changes its registration. Its token is an
 * HMAC of the delegation id under a server secret ({@code registration.edit-links.secret}), so it
 * is never stored: the delegation keeps only the token's SHA-256, to find itself by it, and the
 * confirmation email computes the token again when it is sent.
 */
@Component
public class EditLinks {

    private final byte[] secret;
    private final String baseUrl;

    EditLinks(@Value("${registration.edit-links.secret}") String secret,
              @Value("${registration.public-base-url:http://localhost:8081}") String baseUrl) {
        if (secret.length() < 32) {
            throw new IllegalStateException("registration.edit-links.secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String tokenFor(String delegationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] token = mac.doFinal(("edit-link:" + delegationId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String urlFor(String delegationId) {
        return baseUrl + "/d/" + tokenFor(delegationId);
    }

    String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
