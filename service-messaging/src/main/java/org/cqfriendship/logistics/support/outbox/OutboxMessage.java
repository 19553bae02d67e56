package org.cqfriendship.logistics.support.outbox;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One event waiting in an aggregate document's {@code outbox} array. It is written in the same
 * single-document write as the state change it reports, and removed once the broker has it.
 *
 * @param eventId    the CloudEvents id every consumer deduplicates on
 * @param type       the CloudEvents type, i.e. the event's name in the contract
 * @param topic      where it goes
 * @param key        the aggregate id, so one aggregate's events stay in order
 * @param payload    the JSON body, exactly as it will travel
 * @param traceparent the W3C trace context of the work that wrote it, put back on the record by the relay
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String source,
                            Instant occurredAt, String payload, @Nullable String traceparent) {
}
