package org.cqfriendship.logistics.support.events;

import java.util.Map;
import java.util.Set;

/**
 * The event types a service consumes, by CloudEvents type, each mapped to the service's own
 * record, and the types it knows are on its topics but has no use for (they arrive as
 * {@link IgnoredEvent} and are skipped). Any other type is poison and goes to the dead-letter topic.
 */
public record InboundEventTypes(Map<String, Class<?>> byType, Set<String> ignored) {

    public InboundEventTypes {
        byType = Map.copyOf(byType);
        ignored = Set.copyOf(ignored);
    }

    public InboundEventTypes(Map<String, Class<?>> byType) {
        this(byType, Set.of());
    }

    /** An event of a type the service does not act on. */
    public record IgnoredEvent() {
    }
}
