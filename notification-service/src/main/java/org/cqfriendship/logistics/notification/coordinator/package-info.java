/**
 * Coordinators and the other staff recipients: whom alerts go to, and how to reach them.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.coordinator;

import org.jspecify.annotations.NullMarked;
