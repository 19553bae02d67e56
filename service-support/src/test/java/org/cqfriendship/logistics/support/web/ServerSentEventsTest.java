package org.cqfriendship.logistics.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSentEventsTest {

    /** Records what the service did with the stream; no request is attached. */
    static class Stream extends SseEmitter {
        int sent;
        boolean completed;

        @Override
        public void send(SseEventBuilder builder) {
            sent++;
        }

        @Override
        public synchronized void complete() {
            completed = true;
        }
    }

    @Test
    void everyOpenStreamEndsWhenTheServiceShutsDownSoThatItsGracefulShutdownDoesNotWaitForPages() {
        ServerSentEvents streams = new ServerSentEvents();
        List<Stream> pages = new ArrayList<>();
        Stream first = new Stream();
        Stream second = new Stream();
        streams.opened(first, first, pages, SseEmitter.event().comment("connected"));
        streams.opened(second, second, pages, SseEmitter.event().comment("connected"));
        assertThat(pages).containsExactly(first, second);
        assertThat(first.sent).as("the first event at once").isEqualTo(1);

        streams.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        assertThat(first.completed).isTrue();
        assertThat(second.completed).isTrue();
    }
}
