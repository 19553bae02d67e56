package org.cqfriendship.logistics.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open pages of the service's server-sent event streams. They are ended when the service
 * shuts down, before its web server's graceful shutdown: a stream is a request that never ends by
 * itself, so otherwise one open page holds the shutdown for its whole timeout. The pages reconnect,
 * to another instance if there is one.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServerSentEvents implements ApplicationListener<ContextClosedEvent> {

    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    /**
     * Keeps {@code page} (the emitter's entry, with whatever else the sender needs of it) in
     * {@code pages} until its stream completes, times out or fails, and sends {@code first} at once
     * (so the page, and any proxy between, sees the stream open before anything happens).
     */
    public <T> SseEmitter opened(SseEmitter emitter, T page, Collection<T> pages, SseEmitter.SseEventBuilder first) {
        pages.add(page);
        open.add(emitter);
        Runnable remove = () -> {
            pages.remove(page);
            open.remove(emitter);
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(first);
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent closed) {
        open.forEach(SseEmitter::complete);
    }
}
