/**
 * A coordinator's live inbox page, fed by every instance's alerts.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.inbox;

import org.jspecify.annotations.NullMarked;
