/**
 * What the notification-service holds about a delegate: their export and erasure.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.privacy;

import org.jspecify.annotations.NullMarked;
