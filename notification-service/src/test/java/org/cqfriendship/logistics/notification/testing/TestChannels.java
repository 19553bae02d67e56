package org.cqfriendship.logistics.notification.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cqfriendship.logistics.simulator.GatewaySimulator;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/**
 * The real providers the tests send to: an SMTP server (GreenMail, stopped and started by outage
 * tests) and the SMS gateway and webhook simulator, on free ports, with short retry and breaker
 * times so that outages heal within a test.
 */
public final class TestChannels {

    public static final Duration DIGEST_WINDOW = Duration.ofSeconds(3);
    public static final int SMTP_PORT = freePort();
    public static final GatewaySimulator GATEWAY = GatewaySimulator.start(0, GatewaySimulator.DEVELOPMENT_SECRET);
    private static GreenMail mail = startMail();

    private TestChannels() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("notification.sms.gateway-url", () -> "http://127.0.0.1:" + GATEWAY.port() + "/sms");
        registry.add("GATEWAY_SIMULATOR_URL", () -> "http://127.0.0.1:" + GATEWAY.port());
        registry.add("notification.delivery.poll-interval", () -> "200ms");
        registry.add("notification.delivery.max-retry-backoff", () -> "1s");
        registry.add("notification.digest.window", () -> DIGEST_WINDOW.toMillis() + "ms");
        for (String channel : List.of("email", "sms", "webhook")) {
            registry.add("resilience4j.circuitbreaker.instances." + channel + ".wait-duration-in-open-state", () -> "1s");
            registry.add("resilience4j.retry.instances." + channel + ".wait-duration", () -> "100ms");
            registry.add("resilience4j.timelimiter.instances." + channel + ".timeout-duration", () -> "1500ms");
        }
    }

    public static synchronized GreenMail mail() {
        return mail;
    }

    /** The first recipient of an email. */
    public static String addressOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void stopMail() {
        mail.stop();
    }

    /** Starts the mail server again if a test stopped it, and lets the gateway behave normally. */
    public static synchronized void restore() {
        if (!mail.isRunning()) {
            mail = startMail();
        }
        GATEWAY.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.NORMAL, null);
        GATEWAY.behave(GatewaySimulator.Channel.WEBHOOK, GatewaySimulator.Mode.NORMAL, null);
    }

    private static GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
