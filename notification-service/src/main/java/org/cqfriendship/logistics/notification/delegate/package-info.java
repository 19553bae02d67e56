/**
 * Delegates who asked for alerts: their addresses, once confirmed, and the rosters that find them.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.delegate;

import org.jspecify.annotations.NullMarked;
