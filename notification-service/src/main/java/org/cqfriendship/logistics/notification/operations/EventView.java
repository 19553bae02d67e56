package org.cqfriendship.logistics.notification.operations;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One record as the console shows it: where it is, its CloudEvents headers and its body as text
 * (events carry no personal documents, so there is nothing to hide).
 */
record EventView(String topic, int partition, long offset, @Nullable String key, @Nullable String type, @Nullable String source,
                 @Nullable String id, @Nullable String time, Instant appendedAt, @Nullable String traceId, String body) {

    // The live tail renders rows outside any request, where a template reaches no beans: the zone is applied here.
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ConferenceTime.ZONE);

    static EventView of(ConsumerRecord<String, byte[]> record) {
        return new EventView(record.topic(), record.partition(), record.offset(), record.key(),
                CloudEvents.header(record.headers(), CloudEvents.TYPE), CloudEvents.header(record.headers(), CloudEvents.SOURCE),
                CloudEvents.header(record.headers(), CloudEvents.ID), CloudEvents.header(record.headers(), CloudEvents.TIME),
                Instant.ofEpochMilli(record.timestamp()), Traces.traceIdOf(CloudEvents.header(record.headers(), Traces.HEADER)),
                record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
    }

    /** When the broker appended it, as the console shows it: the time of day in conference time. */
    public String clock() {
        return CLOCK.format(appendedAt);
    }

    /** The service that wrote it, from its CloudEvents source ("/registration-service"), or the topic's owner. */
    String service() {
        if (source != null && source.startsWith("/")) {
            return source.substring(1);
        }
        return topic.substring(0, topic.indexOf('.') < 0 ? topic.length() : topic.indexOf('.')) + "-service";
    }

    /** Whether the filters of the live tail (each empty = any) let it through. */
    boolean matches(String delegation, String eventType, String fromService) {
        return (blank(delegation) || delegation.equals(key) || body.contains(delegation))
                && (blank(eventType) || eventType.equals(type))
                && (blank(fromService) || service().startsWith(fromService));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
