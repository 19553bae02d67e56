/**
 * The email channel: alerts sent through the mail server.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.email;

import org.jspecify.annotations.NullMarked;
