/**
 * Interpreters and the sessions that need them.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.interpretation;

import org.jspecify.annotations.NullMarked;
