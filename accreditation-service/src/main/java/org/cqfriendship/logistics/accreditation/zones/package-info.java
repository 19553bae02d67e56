/**
 * Zones and places, and the access a role and the office's grants give a member.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.zones;

import org.jspecify.annotations.NullMarked;
