package org.cqfriendship.logistics.notification.email;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.coordinator.Coordinator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one alert over SMTP, behind the "email" circuit breaker and retry. When the server stays
 * unreachable the retry's fallback reports the email as not sent, and the dispatcher parks it.
 */
@Component
class EmailChannel {

    private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

    private final JavaMailSender mail;
    private final EmailSettings settings;

    EmailChannel(JavaMailSender mail, EmailSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    /** The outcome of one delivery: sent, or parked with the reason. */
    record Outcome(boolean sent, String error) {
    }

    @Retry(name = "email", fallbackMethod = "park")
    @CircuitBreaker(name = "email")
    public Outcome send(Alert alert, Coordinator to) {
        mail.send(message(alert, to));
        return new Outcome(true, null);
    }

    Outcome park(Alert alert, Coordinator to, Throwable failure) {
        log.warn("Email for alert {} parked: {}", alert.id(), failure.toString());
        return new Outcome(false, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private MimeMessage message(Alert alert, Coordinator to) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to.email());
            helper.setSubject("[CQ Friendship 2026] " + alert.title());
            helper.setText(body(alert, to));
            // A stable Message-ID lets mail clients drop the copy of a resend after a crash.
            message.setHeader("X-Alert-Id", alert.id());
            message.saveChanges();
            message.setHeader("Message-ID", "<" + alert.id() + "@notification-service>");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the email for alert " + alert.id(), e);
        }
    }

    private String body(Alert alert, Coordinator to) {
        return """
                Dear %s,

                %s

                Delegation: %s (%s)
                Your inbox: %s/api/coordinators/%s/alerts

                -- Delegation logistics, 2026 Chongqing International Friendship Cities Cooperation Conference
                """.formatted(to.name(), alert.message(), alert.locality(), alert.delegationId(), settings.inboxBaseUrl(),
                alert.coordinatorId());
    }
}
