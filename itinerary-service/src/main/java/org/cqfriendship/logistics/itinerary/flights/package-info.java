/**
 * Flight status reports and what they change in arrivals.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.flights;

import org.jspecify.annotations.NullMarked;
