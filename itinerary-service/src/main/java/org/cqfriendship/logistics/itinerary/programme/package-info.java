/**
 * The programme: sessions as published, moved, limited and translated.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.itinerary.programme;

import org.jspecify.annotations.NullMarked;
