/**
 * The fault points of the fault profile, hung on the listener containers and the producer from outside.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.support.faults;

import org.jspecify.annotations.NullMarked;
