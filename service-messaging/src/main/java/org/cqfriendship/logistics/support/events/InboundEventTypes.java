package org.cqfriendship.logistics.support.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event types a service consumes, by CloudEvents type, each mapped to the service's own
 * record, and the types it knows are on its topics but has no use for (they arrive as
 * {@link IgnoredEvent} and are skipped). Any other type is poison and goes to the dead-letter topic.
 * A service may declare several (one per listener); they are {@linkplain #merged merged}.
 */
public record InboundEventTypes(Map<String, Class<?>> byType, Set<String> ignored) {

    public InboundEventTypes {
        byType = Map.copyOf(byType);
        ignored = Set.copyOf(ignored);
    }

    public InboundEventTypes(Map<String, Class<?>> byType) {
        this(byType, Set.of());
    }

    /**
     * What several declarations ask for together: a type one maps and another ignores is mapped
     * (the other listener skips a record it does not know); one type mapped to two records is a mistake.
     */
    public static InboundEventTypes merged(List<InboundEventTypes> declarations) {
        Map<String, Class<?>> byType = new HashMap<>();
        Set<String> ignored = new HashSet<>();
        for (InboundEventTypes declared : declarations) {
            declared.byType().forEach((type, record) -> {
                Class<?> earlier = byType.putIfAbsent(type, record);
                if (earlier != null && earlier != record) {
                    throw new IllegalStateException("Event type " + type + " is read as " + earlier.getName() + " and as " + record.getName());
                }
            });
            ignored.addAll(declared.ignored());
        }
        ignored.removeAll(byType.keySet());
        return new InboundEventTypes(byType, ignored);
    }

    /** An event of a type the service does not act on. */
    public record IgnoredEvent() {
    }
}
