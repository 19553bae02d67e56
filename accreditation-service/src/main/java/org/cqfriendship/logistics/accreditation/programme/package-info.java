/**
 * The sessions and flight statuses this service keeps from the itinerary events.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.programme;

import org.jspecify.annotations.NullMarked;
