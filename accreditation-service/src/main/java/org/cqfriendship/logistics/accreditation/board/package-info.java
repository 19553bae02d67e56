/**
 * The who-is-here board and each session's no-shows.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.board;

import org.jspecify.annotations.NullMarked;
