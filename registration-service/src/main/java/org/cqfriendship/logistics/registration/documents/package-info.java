/**
 * Personal documents sealed at rest: passport numbers encrypted per member.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.documents;

import org.jspecify.annotations.NullMarked;
