/**
 * The registration and programme events the accreditation-service reads.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.messaging;

import org.jspecify.annotations.NullMarked;
