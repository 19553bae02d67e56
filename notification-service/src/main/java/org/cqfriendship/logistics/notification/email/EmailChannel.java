package org.cqfriendship.logistics.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.delivery.DeliveryChannel;
import org.cqfriendship.logistics.notification.delivery.Notice;
import org.cqfriendship.logistics.notification.delivery.Outgoing;
import org.cqfriendship.logistics.support.web.ConferenceTag;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends an alert over SMTP, in the recipient's language, with a link that acknowledges it. */
@Component
class EmailChannel implements DeliveryChannel {

    private final JavaMailSender mail;
    private final SmtpConnections connections;
    private final EmailSettings settings;
    private final MessageSource messages;

    EmailChannel(JavaMailSender mail, SmtpConnections connections, EmailSettings settings, MessageSource messages) {
        this.mail = mail;
        this.connections = connections;
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Outgoing message) throws MessagingException {
        connections.send(mime(message));
    }

    @Override
    public void send(Notice notice) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        Notice.Attachment attachment = notice.attachment();
        MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(notice.address());
        helper.setSubject(ConferenceTag.of(messages, notice.locale()) + notice.subject());
        helper.setText(notice.text());
        if (attachment != null) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader("X-Idempotency-Key", notice.idempotencyKey());
        message.saveChanges();
        message.setHeader("Message-ID", "<" + notice.idempotencyKey() + "@notification-service>");
        connections.send(message);
    }

    private MimeMessage mime(Outgoing out) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(out.address());
        var locale = out.to().reader().locale();
        helper.setSubject(ConferenceTag.of(messages, locale) + out.title());
        String itinerary = out.itineraryPdf().isEmpty() ? "" : "\n" + messages.getMessage("email.itinerary", new Object[] {out.itineraryPdf()}, locale);
        helper.setText(messages.getMessage("email.body", new Object[] {out.to().name(), out.text(), out.alert().locality(),
                out.alert().delegationId(), out.acknowledgeLink(), itinerary}, locale));
        message.setHeader("X-Alert-Id", out.alert().id());
        message.setHeader("X-Idempotency-Key", out.idempotencyKey());
        message.saveChanges();
        // A stable Message-ID lets mail clients drop the copy of a resend after a crash.
        message.setHeader("Message-ID", "<" + out.alert().id() + "@notification-service>");
        return message;
    }
}
