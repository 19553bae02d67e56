package org.cqfriendship.logistics.notification.alert;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * The state of an alert on one channel. A failed attempt keeps it PENDING with a later
 * {@code nextAttemptAt}: the alert is parked, never dropped. Every attempt is kept in
 * {@code attemptLog}. A delivery that stands in for a failing channel names it in {@code fallbackFor}.
 * The instance sending it holds {@code claim} (its name; empty while nobody does) until
 * {@code claimedUntil}, so that two instances never both send it; a claim past its time is
 * taken over (its instance died mid-send).
 */
public record Delivery(Status status, int attempts, Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable String lastError,
                       @Nullable Instant deliveredAt, @Nullable String fallbackFor, List<Attempt> attemptLog, String claim,
                       @Nullable Instant claimedUntil) {

    /** The claim of a delivery nobody is sending (stored, not missing, so that a claim is looked up by exactly its index's keys). */
    public static final String UNCLAIMED = "";

    /** UNREACHABLE: the recipient has no address on this channel any more (a delegate withdrew); never retried. */
    public enum Status { PENDING, DELIVERED, UNREACHABLE }

    /** One try: when, how it ended, and how long it took. */
    public record Attempt(Instant at, boolean delivered, @Nullable String error, long tookMillis) {
    }

    public Delivery {
        attemptLog = attemptLog == null ? List.of() : List.copyOf(attemptLog);
    }

    public static Delivery due(Instant at) {
        return new Delivery(Status.PENDING, 0, at, null, null, null, null, List.of(), UNCLAIMED, null);
    }

    public static Delivery fallbackFor(Channel failing, Instant at) {
        return new Delivery(Status.PENDING, 0, at, null, null, null, failing.name(), List.of(), UNCLAIMED, null);
    }

    /** How {@code lastError} starts while the delivery waits under a send cap ({@link SendCaps}), not for a failing provider. */
    public static final String HELD = "Held: ";

    public boolean delivered() {
        return status == Status.DELIVERED;
    }

    /** Being sent by another instance than {@code instance}, whose claim has not lapsed by {@code now}. */
    public boolean claimedElsewhere(String instance, Instant now) {
        return claim != null && !claim.isEmpty() && !claim.equals(instance) && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Waiting because its delegate or delegation had its sends for the hour. */
    public boolean held() {
        return status == Status.PENDING && lastError != null && lastError.startsWith(HELD);
    }
}
