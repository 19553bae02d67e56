/**
 * The itinerary-service's Kafka side: listeners and the events it publishes.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.NullMarked;
