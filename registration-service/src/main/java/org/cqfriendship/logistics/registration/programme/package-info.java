/**
 * The programme as registration knows it: the sessions to sign up for, and the parts staff assign.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.registration.programme;

import org.jspecify.annotations.NullMarked;
