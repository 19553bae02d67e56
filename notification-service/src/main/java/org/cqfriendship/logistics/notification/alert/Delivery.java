package org.cqfriendship.logistics.notification.alert;

import java.time.Instant;

/**
 * The state of an alert on one channel. A failed attempt keeps it PENDING with a later
 * {@code nextAttemptAt}: the alert is parked, never dropped.
 */
public record Delivery(Status status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, String lastError,
                       Instant deliveredAt) {

    public enum Status { PENDING, DELIVERED }

    public static Delivery pending(Instant now) {
        return new Delivery(Status.PENDING, 0, now, null, null, null);
    }
}
