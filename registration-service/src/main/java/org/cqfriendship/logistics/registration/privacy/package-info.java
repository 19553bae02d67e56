/**
 * What is held about a member: their export and their erasure.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.privacy;

import org.jspecify.annotations.NullMarked;
