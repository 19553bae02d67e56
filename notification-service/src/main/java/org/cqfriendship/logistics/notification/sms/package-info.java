/**
 * The text-message channel through the SMS gateway.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.sms;

import org.jspecify.annotations.NullMarked;
