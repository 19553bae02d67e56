/**
 * Delivery: handing each alert to its channels, once, with fallbacks, retries and the rate limits of each provider.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.delivery;

import org.jspecify.annotations.NullMarked;
