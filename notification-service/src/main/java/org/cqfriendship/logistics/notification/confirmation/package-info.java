/**
 * Confirming a delegate's alert contact before anything is sent to it.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.confirmation;

import org.jspecify.annotations.NullMarked;
