/**
 * Delegations as registered and changed: the aggregate, its members, its events and its API.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.NullMarked;
