package org.cqfriendship.logistics.contracts.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook post is signed, for the sender and for a receiving bot: the hex HMAC-SHA256, under
 * the bot's own secret ({@link #forBot}), of {@code <unix seconds>.<raw body>}, sent as {@code X-Signature: v1=<hex>} with
 * the seconds in {@code X-Signature-Timestamp}. The timestamp inside the signature lets a receiver
 * refuse an old post replayed by someone who captured it.
 *
 * <p>It is part of the wire contract: the notification-service signs with it, and the gateway
 * simulator (or a real bot written in Java) checks with it.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Signature-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private final byte[] secret;

    public WebhookSignature(String secret) {
        this.secret = strong(secret).getBytes(StandardCharsets.UTF_8);
    }

    /** The secret, if it is long enough to sign with; throws otherwise. */
    public static String strong(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("The webhook signing secret must have at least 32 characters");
        }
        return secret;
    }

    /**
     * The signature of one bot, under its own secret ({@link #botSecret}): a secret leaked from one
     * bot's configuration forges posts to no other bot.
     */
    public static WebhookSignature forBot(String masterSecret, String botId) {
        return new WebhookSignature(botSecret(masterSecret, botId));
    }

    /**
     * A bot's own secret, derived from the deployment's master secret ({@code WEBHOOK_SECRET}) and
     * the id of the recipient the bot posts for: base64url of HMAC-SHA256(master, "group-chat-bot:" + id),
     * which an operator can compute with openssl to configure the bot (docs/notification-service.md).
     */
    public static String botSecret(String masterSecret, String botId) {
        byte[] master = strong(masterSecret).getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("group-chat-bot:" + botId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
