/**
 * Scans at doors and desks: each one checked, recorded once by its key, and its check-in published.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.scanning;

import org.jspecify.annotations.NullMarked;
