package org.cqfriendship.logistics.support.outbox;

import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.UUID;

/** Turns a service's own event record into an {@link OutboxMessage}; the type is the record's simple name. */
public class OutboxMessages {

    private final JsonMapper jsonMapper;
    private final String source;
    private final Clock clock;

    public OutboxMessages(JsonMapper jsonMapper, String source, Clock clock) {
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.clock = clock;
    }

    public OutboxMessage create(String topic, String key, Object event) {
        return new OutboxMessage(UUID.randomUUID().toString(), event.getClass().getSimpleName(), topic, key, source,
                clock.instant(), jsonMapper.writeValueAsString(event));
    }
}
