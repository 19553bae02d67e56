/**
 * Who may use which page and API of the itinerary-service.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.access;

import org.jspecify.annotations.NullMarked;
