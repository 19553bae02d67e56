/**
 * Web plumbing every service shares: problem answers, page languages, body limits, server-sent event streams.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.support.web;

import org.jspecify.annotations.NullMarked;
