/**
 * The rate limit on registrations from one address.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.web;

import org.jspecify.annotations.NullMarked;
