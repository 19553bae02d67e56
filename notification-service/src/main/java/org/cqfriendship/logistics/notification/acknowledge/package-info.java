/**
 * The acknowledge link in an alert's email and text, and its page.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.acknowledge;

import org.jspecify.annotations.NullMarked;
