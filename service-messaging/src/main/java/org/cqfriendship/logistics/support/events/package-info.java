/**
 * Consuming events: CloudEvents headers, batch listeners, inbound types, poison records and their dead letters.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.support.events;

import org.jspecify.annotations.NullMarked;
