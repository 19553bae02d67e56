package org.cqfriendship.logistics.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One scenario's figures: the load held (acknowledged registrations and changes over the load's
 * time), the faults injected, how long recovery took, the verdict, and what else it noted.
 */
record Outcome(int number, String name, int registrations, int changes, int unanswered, Duration loadTime, int faults,
               Duration recovery, boolean recovered, Duration recoveryBound, Checks.Verdict verdict,
               Map<String, Integer> failedAttempts, List<String> notes) {

    boolean passed() {
        return verdict.passed() && recovered && recovery.compareTo(recoveryBound) <= 0;
    }

    double perSecond() {
        return loadTime.isZero() ? 0 : registrations / (loadTime.toMillis() / 1000.0);
    }

    /** The one line the harness prints for this scenario. */
    String summary() {
        return String.format("[%2d] %-62s load %.1f reg/s (%d registrations, %d changes acknowledged), %d fault%s, %s;"
                        + " lost %d, doubled %d, disorder %d%s — %s",
                number, name, perSecond(), registrations, changes, faults, faults == 1 ? "" : "s",
                recovered ? "recovered in " + seconds(recovery) : "NOT recovered within " + seconds(recoveryBound),
                verdict.lost().size(), verdict.doubled().size(), verdict.disorder().size(),
                verdict.problems().isEmpty() ? "" : ", " + verdict.problems().size() + " other problems",
                passed() ? "PASS" : "FAIL");
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
