/**
 * The confirmation email sent to a delegation's contact once it is registered, with its secret link.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.confirmation;

import org.jspecify.annotations.NullMarked;
