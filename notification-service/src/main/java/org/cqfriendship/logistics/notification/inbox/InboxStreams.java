package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.support.web.ServerSentEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The inbox pages of each coordinator open on this instance, and an alert pushed to them as a
 * rendered list item over server-sent events: a new one on top, a changed one (joined by another
 * change, or acknowledged) in place. {@link InboxFeed} brings the alerts of every instance; a page
 * whose connection dropped reconnects and reloads the list.
 */
@Component
class InboxStreams {

    private static final Logger log = LoggerFactory.getLogger(InboxStreams.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Subscriber(SseEmitter emitter, Locale locale) {
    }

    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final TemplateEngine templates;
    private final InboxWording wording;
    private final ServerSentEvents streams;

    private static final Duration RECONNECT = Duration.ofSeconds(5);

    InboxStreams(TemplateEngine templates, InboxWording wording, ServerSentEvents streams) {
        this.templates = templates;
        this.wording = wording;
        this.streams = streams;
    }

    SseEmitter subscribe(String coordinatorId, Locale locale) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        return streams.opened(emitter, new Subscriber(emitter, locale),
                subscribers.computeIfAbsent(coordinatorId, id -> new CopyOnWriteArrayList<>()),
                SseEmitter.event().comment("connected").reconnectTime(RECONNECT.toMillis()));
    }

    /** How many inbox pages of the coordinator are connected to this instance. */
    int connectedPages(String coordinatorId) {
        return subscribers.getOrDefault(coordinatorId, List.of()).size();
    }

    void push(Alert alert, boolean joined) {
        for (Subscriber subscriber : subscribers.getOrDefault(alert.coordinatorId(), List.of())) {
            // A change joining a held alert replaces it where it is; a new alert goes on top.
            Context context = new Context(subscriber.locale(), Map.of("alert", wording.item(alert, subscriber.locale()),
                    "replace", joined));
            // One data line per event; a line break in an alert's text stays one, as a character reference.
            String html = templates.process("fragments/alert", Set.of("alert"), context).replace("\n", "&#10;");
            try {
                subscriber.emitter().send(SseEmitter.event().name("alert").data(html));
            } catch (IOException | IllegalStateException e) {
                log.debug("Inbox page of {} went away: {}", alert.coordinatorId(), e.getMessage());
                subscriber.emitter().completeWithError(e);
            }
        }
    }
}
