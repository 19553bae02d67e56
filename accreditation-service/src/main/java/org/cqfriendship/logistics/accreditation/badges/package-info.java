/**
 * Badges: one per member and generation, their signed codes, the office's cards and their printing.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.badges;

import org.jspecify.annotations.NullMarked;
