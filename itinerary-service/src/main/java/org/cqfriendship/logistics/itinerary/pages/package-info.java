/**
 * The itinerary-service's staff pages.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.pages;

import org.jspecify.annotations.NullMarked;
