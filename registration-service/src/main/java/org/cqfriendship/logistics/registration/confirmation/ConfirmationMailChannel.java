package org.cqfriendship.logistics.registration.confirmation;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.EditLinks;
import org.cqfriendship.logistics.support.web.ConferenceTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Sends one confirmation over SMTP, in the language the delegation registered in, behind the
 * "email" circuit breaker and retry; when the server stays unreachable it reports the email as
 * not sent and the mailer tries again later.
 */
@Component
class ConfirmationMailChannel {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationMailChannel.class);

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final EditLinks editLinks;
    private final String from;

    ConfirmationMailChannel(JavaMailSender mail, MessageSource messages, EditLinks editLinks,
                            @Value("${registration.mail-from:CQ Friendship 2026 <registration@cq-friendship.example.org>}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.editLinks = editLinks;
        this.from = from;
    }

    record Outcome(boolean sent, @Nullable String error) {
    }

    @Retry(name = "email", fallbackMethod = "notSent")
    @CircuitBreaker(name = "email")
    public Outcome send(Delegation delegation) {
        mail.send(message(delegation));
        return new Outcome(true, null);
    }

    Outcome notSent(Delegation delegation, Throwable failure) {
        log.warn("Confirmation of delegation {} not sent yet: {}", delegation.id(), failure.toString());
        return new Outcome(false, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private MimeMessage message(Delegation d) {
        Locale locale = d.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(d.language());
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(d.privately().contact().email());
            // Nothing the registering party typed: anyone may register with anyone's address, and
            // this mail must not carry their words from the conference's sender. The link shows it all.
            helper.setSubject(ConferenceTag.of(messages, locale) + messages.getMessage("mail.confirmation.subject", null, locale));
            helper.setText(messages.getMessage("mail.confirmation.body",
                    new Object[] {d.reference() == null ? d.id() : d.reference(), editLinks.urlFor(d), d.members().size()}, locale));
            message.saveChanges();
            message.setHeader("Message-ID", "<confirmation-" + d.id() + "@registration-service>");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the confirmation of " + d.id(), e);
        }
    }
}
