package org.cqfriendship.logistics.notification.sms;

import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.delivery.DeliveryChannel;
import org.cqfriendship.logistics.notification.delivery.JsonPost;
import org.cqfriendship.logistics.notification.delivery.Notice;
import org.cqfriendship.logistics.notification.delivery.Outgoing;
import org.cqfriendship.logistics.support.web.ConferenceTag;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends an alert as a text message through an HTTP SMS gateway: {@code POST {to, text}} with the
 * alert's idempotency key, so a gateway that got it before the crash does not send it twice.
 */
@Component
class SmsChannel implements DeliveryChannel {

    private final SmsSettings settings;
    private final JsonPost post;
    private final MessageSource messages;

    SmsChannel(SmsSettings settings, JsonPost post, MessageSource messages) {
        this.settings = settings;
        this.post = post;
        this.messages = messages;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        post.send(settings.gatewayUrl(), Map.of("to", message.address(), "text", text(message)), message.idempotencyKey(), Map.of());
    }

    @Override
    public void send(Notice notice) throws Exception {
        post.send(settings.gatewayUrl(), Map.of("to", notice.address(), "text",
                ConferenceTag.of(messages, notice.locale()) + notice.text()), notice.idempotencyKey(), Map.of());
    }

    /** Title, what happened (cut to fit) and the acknowledgement link, which is never cut. */
    String text(Outgoing message) {
        String link = "\n" + message.acknowledgeLink();
        String full = ConferenceTag.of(messages, message.to().reader().locale()) + message.title() + "\n" + message.text();
        int room = settings.maxLength() - link.length();
        return (full.length() <= room ? full : full.substring(0, Math.max(0, room - 1)) + "…") + link;
    }
}
