/**
 * The words of alerts in each reader's language.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.wording;

import org.jspecify.annotations.NullMarked;
