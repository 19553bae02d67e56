/**
 * The itinerary as a PDF in the delegate's language.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.pdf;

import org.jspecify.annotations.NullMarked;
