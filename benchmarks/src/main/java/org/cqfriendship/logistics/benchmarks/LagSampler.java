package org.cqfriendship.logistics.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.cqfriendship.logistics.platform.ConsumerLag;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The highest consumer lag seen per group and topic while sampling: the group furthest behind
 * under load is where the pipeline waits.
 */
final class LagSampler implements AutoCloseable {

    private final Admin admin;
    private final Map<String, Long> highest = new ConcurrentHashMap<>();
    private volatile Thread sampler;

    LagSampler(String bootstrap) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    void start() {
        highest.clear();
        Thread thread = new Thread(() -> {
            while (sampler == Thread.currentThread()) {
                try {
                    sample();
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    // A sample that failed is skipped; the next one counts.
                }
            }
        }, "lag-sampler");
        thread.setDaemon(true);
        sampler = thread;
        thread.start();
    }

    /** Highest lag seen, by "group on topic". */
    Map<String, Long> stop() {
        sampler = null;
        return new TreeMap<>(highest);
    }

    /** How long after {@code since} every consumer group had caught up (lag 0 on every topic), polling every 100 ms. */
    Duration untilCaughtUp(Instant since, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (ConsumerLag.byGroupAndTopic(admin).values().stream().mapToLong(Long::longValue).sum() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("consumers still behind " + timeout + " after the load stopped");
            }
            Thread.sleep(100);
        }
        return Duration.between(since, Instant.now());
    }

    private void sample() throws Exception {
        ConsumerLag.byGroupAndTopic(admin).forEach((groupOnTopic, lag) -> highest.merge(groupOnTopic, lag, Math::max));
    }

    @Override
    public void close() {
        sampler = null;
        admin.close();
    }
}
