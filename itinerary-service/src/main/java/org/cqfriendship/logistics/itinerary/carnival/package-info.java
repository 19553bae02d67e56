/**
 * The food carnival: stalls and their slots.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.carnival;

import org.jspecify.annotations.NullMarked;
