/**
 * Publishing events: the outbox inside each aggregate's document and the relay that sends it to Kafka.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.support.outbox;

import org.jspecify.annotations.NullMarked;
