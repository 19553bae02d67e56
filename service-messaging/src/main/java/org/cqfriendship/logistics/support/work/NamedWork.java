package org.cqfriendship.logistics.support.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The documents named to a worker with the time their work is due (a registration just stored, a
 * retry parked until its back-off ends), so that it reads them by id then instead of searching
 * for due work; a {@link SweepPacing sweep} finds what was never named here. Safe to name from
 * any thread.
 */
public final class NamedWork {

    private final Map<String, Instant> due = new ConcurrentHashMap<>();

    /** This document's work is due at {@code at} (the earlier time, if it was named already); true if that is not after {@code now}. */
    public boolean name(String id, Instant at, Instant now) {
        due.merge(id, at, (a, b) -> a.isBefore(b) ? a : b);
        return !at.isAfter(now);
    }

    /**
     * Hands each document due at {@code now} to {@code work}, earliest first, no longer named (work
     * may name it again, for a retry). Stops after the first one {@code work} answers false for (a
     * provider failing): the rest stay named as they were, and it answers false.
     */
    public boolean workDue(Instant now, Predicate<String> work) {
        return workDue(now, 1, ids -> work.test(ids.get(0)));
    }

    /**
     * Hands the documents due at {@code now} to {@code work} in batches of at most {@code size},
     * earliest first, no longer named. Stops after the first batch {@code work} answers false for
     * (a provider failing; work names again what of that batch it did not get to): the later
     * batches stay named as they were, and it answers false.
     */
    public boolean workDue(Instant now, int size, Predicate<List<String>> work) {
        List<Map.Entry<String, Instant>> ready = due.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .sorted(Map.Entry.comparingByValue()).toList();
        for (int from = 0; from < ready.size(); from += size) {
            List<Map.Entry<String, Instant>> batch = ready.subList(from, Math.min(ready.size(), from + size));
            List<String> ids = new ArrayList<>();
            for (Map.Entry<String, Instant> next : batch) {
                due.remove(next.getKey(), next.getValue());
                ids.add(next.getKey());
            }
            if (!work.test(ids)) {
                return false;
            }
        }
        return true;
    }
}

