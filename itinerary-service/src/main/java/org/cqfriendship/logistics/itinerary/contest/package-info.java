/**
 * The hotpot skills contest: teams, heats, judges' scores and the final.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.NullMarked;
