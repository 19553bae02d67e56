package org.cqfriendship.logistics.support.work;

import java.time.Duration;

/**
 * Spaces a sweep that searches a collection (on the local store every search that is not by id
 * reads the whole collection): at its interval, or longer when one sweep took long, so that
 * sweeping takes at most a twentieth of the time however much is stored. A sweep is the safety
 * net for work nobody named (written before a crash, or by an instance that died); named work is
 * done at once and does not wait for it.
 */
public final class SweepPacing {

    static final int SHARE = 20;

    private SweepPacing() {
    }

    /** How long to wait before the next sweep, after one that took {@code took}. */
    public static Duration next(Duration interval, Duration took) {
        Duration stretched = took.multipliedBy(SHARE);
        return stretched.compareTo(interval) > 0 ? stretched : interval;
    }

    /** The same for a sweep that started at {@code startedNanos} ({@link System#nanoTime()}) and has just ended. */
    public static long nextNanos(Duration interval, long startedNanos) {
        long now = System.nanoTime();
        return now + next(interval, Duration.ofNanos(now - startedNanos)).toNanos();
    }

    /** For a worker that sweeps on every pass: the earliest {@link System#nanoTime()} of the next, whatever its interval. */
    public static long notBeforeNanos(long startedNanos) {
        long now = System.nanoTime();
        return now + (now - startedNanos) * SHARE;
    }
}
