/**
 * Seats at sessions with a capacity, and their waiting lines.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.seats;

import org.jspecify.annotations.NullMarked;
