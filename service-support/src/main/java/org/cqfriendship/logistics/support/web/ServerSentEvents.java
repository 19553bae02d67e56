package org.cqfriendship.logistics.support.web;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Collection;

/** The open pages of a server-sent event stream. */
public final class ServerSentEvents {

    private ServerSentEvents() {
    }

    /**
     * Keeps {@code page} (the emitter's entry, with whatever else the sender needs of it) in
     * {@code open} until its stream completes, times out or fails, and sends {@code first} at once
     * (so the page, and any proxy between, sees the stream open before anything happens).
     */
    public static <T> SseEmitter opened(SseEmitter emitter, T page, Collection<T> open, SseEmitter.SseEventBuilder first) {
        open.add(page);
        Runnable remove = () -> open.remove(page);
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
}
