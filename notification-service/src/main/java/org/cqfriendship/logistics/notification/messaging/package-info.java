/**
 * The notification-service's Kafka side: listeners that turn registration and itinerary events into alerts, and its published events.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.messaging;

import org.jspecify.annotations.NullMarked;
