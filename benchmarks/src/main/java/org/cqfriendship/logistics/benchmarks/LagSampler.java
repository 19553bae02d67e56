package org.cqfriendship.logistics.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.cqfriendship.logistics.platform.ConsumerLag;

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

    private void sample() throws Exception {
        ConsumerLag.byGroupAndTopic(admin).forEach((groupOnTopic, lag) -> highest.merge(groupOnTopic, lag, Math::max));
    }

    @Override
    public void close() {
        sampler = null;
        admin.close();
    }
}
