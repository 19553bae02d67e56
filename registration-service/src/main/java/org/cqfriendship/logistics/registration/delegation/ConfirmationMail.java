package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The email that confirms a registration and carries its secret edit link, kept with the
 * delegation from the moment it is registered until it is sent (never lost, retried with back-off).
 */
public record ConfirmationMail(Status status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
                               @Nullable Instant sentAt) {

    public enum Status { PENDING, SENT }

    static ConfirmationMail pending(Instant now) {
        return new ConfirmationMail(Status.PENDING, 0, now, null, null);
    }
}
