package org.cqfriendship.logistics.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the clients were told, recorded on the client side as Jepsen does: every registration the
 * registration-service acknowledged ({@code 201}), every change it acknowledged ({@code 200}) or
 * that a later read showed stored, and what was never acknowledged. Only acknowledged operations
 * can be lost; an unacknowledged one may or may not have happened.
 */
final class Ledger {

    /** An acknowledged registration: the key it was sent with, the delegation id and link token it was answered with. */
    record Registered(String key, String delegationId, String token, String coordinatorId, Instant acknowledgedAt) {
    }

    private final Map<String, Registered> registered = new ConcurrentHashMap<>();
    private final Map<String, Instant> changed = new ConcurrentHashMap<>();
    private final Set<String> changeTried = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> failedAttempts = new ConcurrentHashMap<>();

    void registered(Registered registration) {
        registered.put(registration.key(), registration);
        unanswered.remove(registration.key());
    }

    /** A change (the head's earlier flight) acknowledged, or seen stored after a try that got no answer. */
    void changed(String delegationId, Instant at) {
        changed.putIfAbsent(delegationId, at);
    }

    /** A change about to be sent: until it is acknowledged, it may or may not be stored. */
    void changeTried(String delegationId) {
        changeTried.add(delegationId);
    }

    boolean wasChangeTried(String delegationId) {
        return changeTried.contains(delegationId);
    }

    /** A registration that got no acknowledgement before the load gave up on it. */
    void unanswered(String key) {
        unanswered.add(key);
    }

    /** A request refused as bad input: the load sends only valid ones, so this is a failure of the system. */
    void refused(String what) {
        refused.add(what);
    }

    /** An attempt that failed and was retried: its answer ({@code 503}, {@code 500}) or what went wrong. */
    void attemptFailed(String answer) {
        failedAttempts.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
    }

    List<Registered> registrations() {
        return List.copyOf(registered.values());
    }

    Set<String> changedDelegations() {
        return Set.copyOf(changed.keySet());
    }

    Instant changedAt(String delegationId) {
        return changed.get(delegationId);
    }

    Set<String> unansweredKeys() {
        return Set.copyOf(unanswered);
    }

    List<String> refusals() {
        return List.copyOf(refused);
    }

    Map<String, Integer> failedAttempts() {
        Map<String, Integer> counts = new TreeMap<>();
        failedAttempts.forEach((answer, count) -> counts.put(answer, count.get()));
        return counts;
    }
}
