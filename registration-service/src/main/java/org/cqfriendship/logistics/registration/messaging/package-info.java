/**
 * The registration-service's Kafka side: its events as published, and the listeners that keep the desk and programme in step.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.messaging;

import org.jspecify.annotations.NullMarked;
