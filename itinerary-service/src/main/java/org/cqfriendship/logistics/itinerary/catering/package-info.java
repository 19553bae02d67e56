/**
 * Meals: who eats where, with their diets and allergies.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.catering;

import org.jspecify.annotations.NullMarked;
