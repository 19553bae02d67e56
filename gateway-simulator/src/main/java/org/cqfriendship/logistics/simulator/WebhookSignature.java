package org.cqfriendship.logistics.simulator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How a webhook post is signed, for the sender and for a receiving bot: the hex HMAC-SHA256, under
 * a shared secret, of {@code <unix seconds>.<raw body>}, sent as {@code X-Signature: v1=<hex>} with
 * the seconds in {@code X-Signature-Timestamp}. The timestamp inside the signature lets a receiver
 * refuse an old post replayed by someone who captured it.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";
    /** The secret of the local platform and the tests; production sets WEBHOOK_SECRET. */
    public static final String DEVELOPMENT_SECRET = "dev-only-webhook-secret-change-me-0123456789";

    private final byte[] secret;

    public WebhookSignature(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("The webhook signing secret must have at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code X-Signature} value for a body sent at {@code timestamp} (unix seconds). */
    public String sign(long timestamp, byte[] body) {
        return "v1=" + HexFormat.of().formatHex(mac(timestamp, body));
    }

    /** Whether the headers sign this body and the timestamp is within {@code tolerance} of now. */
    public boolean verifies(String timestamp, byte[] body, String signature, Instant now, Duration tolerance) {
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        long seconds = Long.parseLong(timestamp);
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(seconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
