/**
 * The rooming list sent to the hotels.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.rooming;

import org.jspecify.annotations.NullMarked;
