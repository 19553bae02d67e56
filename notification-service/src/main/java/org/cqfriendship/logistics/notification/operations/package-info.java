/**
 * The operations console: delivery health, coordinators' workloads and a delegation's flow.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.notification.operations;

import org.jspecify.annotations.NullMarked;
