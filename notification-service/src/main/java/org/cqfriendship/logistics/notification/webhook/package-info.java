/**
 * The group-chat channel: alerts posted to a signed webhook.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.webhook;

import org.jspecify.annotations.NullMarked;
