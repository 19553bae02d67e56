package org.cqfriendship.logistics.support.events;

import java.util.Map;

/**
 * The event types a service consumes, by CloudEvents type, each mapped to the service's own
 * record. A record whose type is missing here is poison and goes to the dead-letter topic.
 */
public record InboundEventTypes(Map<String, Class<?>> byType) {

    public InboundEventTypes {
        byType = Map.copyOf(byType);
    }
}
