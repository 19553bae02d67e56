package org.cqfriendship.logistics.notification.webhook;

import org.cqfriendship.logistics.contracts.webhook.WebhookSignature;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.delivery.DeliveryChannel;
import org.cqfriendship.logistics.notification.delivery.JsonPost;
import org.cqfriendship.logistics.notification.delivery.Outgoing;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts an alert as JSON to the recipient's group-chat bot, signed under that bot's own secret: HMAC-SHA256 of
 * {@code <unix seconds>.<body>} in {@code X-Signature}, the seconds in {@code X-Signature-Timestamp}
 * (see {@link WebhookSignature}, which a receiving bot can use as it is). The post carries no
 * acknowledgement link: everyone in the chat would hold it; the coordinator acknowledges in the
 * inbox or through the link sent to them alone. A bot dedupes on {@code alertId}, which the
 * signature covers (the {@code Idempotency-Key} header is not signed).
 */
@Component
class WebhookChannel implements DeliveryChannel {

    private final JsonPost post;
    private final String masterSecret;
    private final Map<String, WebhookSignature> signatures = new ConcurrentHashMap<>();

    WebhookChannel(JsonPost post, WebhookSettings settings) {
        this.post = post;
        this.masterSecret = WebhookSignature.strong(settings.secret());
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        byte[] body = post.body(payload(message));
        // Real time, not the service's clock: the receiver compares it with its own to refuse replays.
        long timestamp = Instant.now().getEpochSecond();
        post.sendRaw(message.address(), body, message.idempotencyKey(), Map.of(
                WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, signatureOf(message.to().id()).sign(timestamp, body)));
    }

    /** Each bot signs with its own secret, derived from the master secret and its recipient's id ({@link WebhookSignature#botSecret}). */
    private WebhookSignature signatureOf(String recipientId) {
        return signatures.computeIfAbsent(recipientId, id -> WebhookSignature.forBot(masterSecret, id));
    }

    private static Map<String, Object> payload(Outgoing message) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("alertId", message.alert().id());
        payload.put("recipient", message.to().id());
        payload.put("delegationId", message.alert().delegationId());
        payload.put("locality", message.alert().locality());
        payload.put("kind", message.alert().kind().name());
        payload.put("urgent", message.alert().urgent());
        payload.put("title", message.title());
        payload.put("text", message.text());
        payload.put("createdAt", message.alert().createdAt().toString());
        return payload;
    }
}
