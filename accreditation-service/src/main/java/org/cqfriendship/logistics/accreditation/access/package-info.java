/**
 * Who may use which page and API of this service, and the home page.
 * References here are never null unless their type says {@code @Nullable} (checked by NullAway at compile time).
 */
@NullMarked
package org.cqfriendship.logistics.accreditation.access;

import org.jspecify.annotations.NullMarked;
