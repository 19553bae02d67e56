package org.cqfriendship.logistics.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Sends over SMTP connections kept open between messages: connecting for each one cost a TCP and
 * SMTP handshake per email (and a thread on the development server), which under load made email
 * the slowest channel. A kept connection that fails (the server closed it meanwhile) is dropped and
 * the message goes once more on a fresh one; a fresh one that fails is the provider failing, and
 * the caller's guard counts it. At most {@value #KEPT} are kept, as many as sends run at once.
 */
@Component
class SmtpConnections implements DisposableBean {

    private static final int KEPT = 8;

    private final JavaMailSender mail;
    private final BlockingDeque<Transport> idle = new LinkedBlockingDeque<>(KEPT);

    SmtpConnections(JavaMailSender mail) {
        this.mail = mail;
    }

    /** Sends a message whose headers are final (saved): its Message-ID stays as set. */
    void send(MimeMessage message) throws MessagingException {
        if (!(mail instanceof JavaMailSenderImpl smtp)) {
            mail.send(message);
            return;
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        Transport kept = idle.pollFirst();
        if (kept != null) {
            try {
                kept.sendMessage(message, message.getAllRecipients());
                keep(kept);
                return;
            } catch (MessagingException closedMeanwhile) {
                close(kept);
            }
        }
        Transport fresh = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
        try {
            fresh.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
            fresh.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException failed) {
            close(fresh);
            throw failed;
        }
        keep(fresh);
    }

    private void keep(Transport transport) {
        if (!idle.offerFirst(transport)) {
            close(transport);
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException alreadyGone) {
            // nothing to release
        }
    }

    @Override
    public void destroy() {
        for (Transport transport = idle.pollFirst(); transport != null; transport = idle.pollFirst()) {
            close(transport);
        }
    }
}
