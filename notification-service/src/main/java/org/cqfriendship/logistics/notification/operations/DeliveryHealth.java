package org.cqfriendship.logistics.notification.operations;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.alert.Delivery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether alerts reach people: per channel, how late deliveries were ({@link #lagMillis}: p50, p95,
 * p99 over the last day), failed attempts, parked deliveries, deliveries held over a delegate's send
 * cap, and the breaker's state; and the
 * urgent alerts nobody has acknowledged yet.
 */
@Component
class DeliveryHealth {

    private static final Duration WINDOW = Duration.ofDays(1);
    private static final int UNACKNOWLEDGED_SHOWN = 20;

    private final MongoTemplate mongo;
    private final CircuitBreakerRegistry breakers;
    private final Clock clock;

    DeliveryHealth(MongoTemplate mongo, CircuitBreakerRegistry breakers, Clock clock) {
        this.mongo = mongo;
        this.breakers = breakers;
        this.clock = clock;
    }

    /** Latencies in milliseconds; null where nothing was delivered. */
    record ChannelHealth(String channel, long delivered, @Nullable Long p50, @Nullable Long p95, @Nullable Long p99,
                         long failedAttempts, long parked,
                         long held, long unreachable, String breaker) {
    }

    record Unacknowledged(String id, String recipient, @Nullable String delegationId, String locality, Instant createdAt, int escalations) {
    }

    record Report(List<ChannelHealth> channels, long unacknowledgedUrgent, List<Unacknowledged> oldestUnacknowledged) {
    }

    Report now() {
        Instant since = clock.instant().minus(WINDOW);
        List<Alert> recent = mongo.find(new Query(Criteria.where("createdAt").gte(since)), Alert.class);
        List<ChannelHealth> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            List<Long> latencies = new ArrayList<>();
            long failed = 0;
            long parked = 0;
            long unreachable = 0;
            long held = 0;
            for (Alert alert : recent) {
                Delivery delivery = alert.delivery(channel);
                if (delivery == null) {
                    continue;
                }
                failed += delivery.attemptLog().stream().filter(attempt -> !attempt.delivered()).count();
                if (delivery.delivered() && delivery.deliveredAt() != null) {
                    latencies.add(lagMillis(alert, delivery));
                } else if (delivery.status() == Delivery.Status.UNREACHABLE) {
                    unreachable++;
                } else if (delivery.held()) {
                    held++;
                } else if (delivery.attempts() > 0) {
                    parked++;
                }
            }
            Collections.sort(latencies);
            channels.add(new ChannelHealth(channel.name(), latencies.size(), percentile(latencies, 50), percentile(latencies, 95),
                    percentile(latencies, 99), failed, parked, held, unreachable,
                    breakers.circuitBreaker(channel.guardName()).getState().name()));
        }
        Query unacknowledged = new Query(Criteria.where("urgent").is(true).and("acknowledgedAt").is(null)
                .and("escalationOf").is(null).and("forDelegate").ne(true));
        long count = mongo.count(unacknowledged, Alert.class);
        List<Unacknowledged> oldest = mongo.find(unacknowledged.with(Sort.by("createdAt")).limit(UNACKNOWLEDGED_SHOWN), Alert.class)
                .stream().map(a -> new Unacknowledged(a.id(), a.coordinatorId(), a.delegationId(), a.locality(), a.createdAt(),
                        a.escalation().count())).toList();
        return new Report(channels, count, oldest);
    }

    /**
     * How late a delivery was: from when the alert was due to go out (its change, or the end of the
     * digest window it waited in for more changes, {@code heldUntil}) to its delivery. Counted from
     * the change, every non-urgent alert showed the digest window as delay, though the wait is
     * chosen, not suffered; what remains are retries, outages and a dispatcher falling behind.
     */
    static long lagMillis(Alert alert, Delivery delivery) {
        Instant heldUntil = alert.hold().until();
        Instant due = heldUntil != null && heldUntil.isAfter(alert.createdAt()) ? heldUntil : alert.createdAt();
        return Math.max(0, Duration.between(due, delivery.deliveredAt()).toMillis());
    }

    /** Nearest-rank percentile of sorted values. */
    static @Nullable Long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
