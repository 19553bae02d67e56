package org.cqfriendship.logistics.support.outbox;

import org.cqfriendship.logistics.support.tracing.Traces;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.UUID;

/** Turns a service's own event record into an {@link OutboxMessage}; the type is the record's simple name. */
public class OutboxMessages {

    private final JsonMapper jsonMapper;
    private final String source;
    private final Clock clock;
    private final Traces traces;

    public OutboxMessages(JsonMapper jsonMapper, String source, Clock clock, Traces traces) {
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.clock = clock;
        this.traces = traces;
    }

    public OutboxMessage create(String topic, String key, Object event) {
        return new OutboxMessage(UUID.randomUUID().toString(), event.getClass().getSimpleName(), topic, key, source,
                clock.instant(), jsonMapper.writeValueAsString(event), traces.currentParent());
    }
}
