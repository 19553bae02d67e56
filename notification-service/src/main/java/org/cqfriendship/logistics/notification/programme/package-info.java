/**
 * The sessions as the notification-service knows them, for the words of its alerts.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.programme;

import org.jspecify.annotations.NullMarked;
