package org.cqfriendship.logistics.support.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Spaces a sweep that searches a collection (on the local store every search that is not by id
 * reads the whole collection): at its interval, or longer when one sweep took long, so that
 * sweeping takes at most a twentieth of the time, but never more than {@link #LONGEST} apart
 * (or the interval, if that is longer). A sweep is the safety net for work nobody named (written
 * before a crash, or by an instance that died), so the gap is how long that work can wait. Named
 * work ({@link NamedWork}) is done at once and does not wait for it. The first sweep is due at once.
 */
public final class SweepPacing {

    static final int SHARE = 20;
    /** The longest a dead instance's leftovers wait, however slow the store: its sweeps then take more than a twentieth. */
    static final Duration LONGEST = Duration.ofMinutes(1);

    private final Duration interval;
    private final Clock clock;
    private Instant next = Instant.MIN;

    /** {@code interval}: the least time between sweeps (zero for a worker that sweeps on every pass it may). */
    public SweepPacing(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /**
     * Runs the sweep if it is due. The sweep answers whether more may wait (it found a full page,
     * a backlog after a crash): then the next one is due at once.
     */
    public void sweepIfDue(BooleanSupplier sweep) {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return;
        }
        long started = System.nanoTime();
        boolean more = sweep.getAsBoolean();
        next = more ? now : now.plus(next(interval, Duration.ofNanos(System.nanoTime() - started)));
    }

    /** How long to wait before the next sweep, after one that took {@code took}. */
    static Duration next(Duration interval, Duration took) {
        Duration stretched = took.multipliedBy(SHARE);
        if (stretched.compareTo(interval) <= 0) {
            return interval;
        }
        Duration longest = interval.compareTo(LONGEST) > 0 ? interval : LONGEST;
        return stretched.compareTo(longest) < 0 ? stretched : longest;
    }
}
