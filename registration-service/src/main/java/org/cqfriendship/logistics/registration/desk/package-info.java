/**
 * The staff desk: the delegations list and search, a delegation's page, coordinator assignment and the exports.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.desk;

import org.jspecify.annotations.NullMarked;
