/**
 * Itineraries as calendar files and feeds, for a delegation and for its coordinator.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.calendar;

import org.jspecify.annotations.NullMarked;
