package org.cqfriendship.logistics.platform;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The development mail server: GreenMail takes every message sent to its SMTP port (any address
 * is accepted) and keeps it in memory. A person reads them on a page (newest first), a program
 * as JSON, or a mail client over IMAP (user and password: the recipient's address).
 * Arguments: SMTP port, IMAP port, page port.
 */
public final class MailServer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MailServer() {
    }

    record Mail(String to, String subject, String alertId, Date receivedAt, String body) {
    }

    public static void main(String[] args) throws Exception {
        int smtp = Integer.parseInt(args[0]);
        int imap = Integer.parseInt(args[1]);
        int page = Integer.parseInt(args[2]);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", page), 0);
        http.createContext("/messages.json", exchange -> respond(exchange, "application/json",
                JSON.writeValueAsString(mails(greenMail))));
        // The alert each message carries, without bodies: what a fault run gathers after tens of thousands of messages.
        http.createContext("/alert-ids.json", exchange -> respond(exchange, "application/json",
                JSON.writeValueAsString(alertIds(greenMail))));
        http.createContext("/", exchange -> respond(exchange, "text/html; charset=utf-8", page(mails(greenMail))));
        http.start();
        System.out.println("Mail server: SMTP 127.0.0.1:" + smtp + ", IMAP 127.0.0.1:" + imap
                + ", messages at http://localhost:" + page + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    static List<Mail> mails(GreenMail greenMail) {
        List<StoredMessage> stored = new ArrayList<>(greenMail.getManagers().getImapHostManager().getAllMessages());
        stored.sort(Comparator.comparing(StoredMessage::getReceivedDate).reversed());
        return stored.stream().map(message -> mail(message.getMimeMessage(), message.getReceivedDate())).toList();
    }

    record AlertId(String alertId) {
    }

    static List<AlertId> alertIds(GreenMail greenMail) {
        List<AlertId> ids = new ArrayList<>();
        for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getAllMessages()) {
            try {
                String[] alertId = stored.getMimeMessage().getHeader("X-Alert-Id");
                if (alertId != null) {
                    ids.add(new AlertId(alertId[0]));
                }
            } catch (MessagingException unreadable) {
                // a message without readable headers carries no alert
            }
        }
        return ids;
    }

    private static Mail mail(MimeMessage message, Date receivedAt) {
        try {
            Address[] to = message.getAllRecipients();
            String[] alertId = message.getHeader("X-Alert-Id");
            return new Mail(to == null ? "" : String.join(", ", Arrays.stream(to).map(Address::toString).toList()),
                    message.getSubject(), alertId == null ? null : alertId[0], receivedAt,
                    String.valueOf(message.getContent()));
        } catch (MessagingException | IOException e) {
            return new Mail("", "(unreadable message: " + e.getMessage() + ")", null, receivedAt, "");
        }
    }

    private static String page(List<Mail> mails) {
        StringBuilder html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Development mail</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:60rem}article{border:1px solid #ccc;
                border-radius:6px;padding:.5rem 1rem;margin:.75rem 0}pre{white-space:pre-wrap}small{color:#555}</style>
                </head><body><h1>Development mail</h1>
                <p>Every email the services sent, newest first. JSON: <a href="/messages.json">/messages.json</a>
                (the alert ids alone: <a href="/alert-ids.json">/alert-ids.json</a>).
                Nothing here leaves this machine.</p>
                """);
        if (mails.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (Mail mail : mails) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><small>To ")
                    .append(escape(mail.to())).append(" · ").append(mail.receivedAt()).append("</small><pre>")
                    .append(escape(mail.body())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of(contentType), "Cache-Control", List.of("no-store")));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
