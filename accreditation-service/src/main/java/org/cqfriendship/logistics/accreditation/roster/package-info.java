/**
 * Who is accredited: each registered member's person record, kept from the registration events.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.roster;

import org.jspecify.annotations.NullMarked;
