/**
 * Alerts: who is told of a change, how urgently, in which words; held digests, acknowledgement and escalation.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.alert;

import org.jspecify.annotations.NullMarked;
