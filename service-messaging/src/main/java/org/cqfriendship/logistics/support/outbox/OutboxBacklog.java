package org.cqfriendship.logistics.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the outbox relay is behind: {@code outbox.pending} (documents whose events are written
 * but not yet on the broker) and {@code outbox.oldest.age} (seconds the oldest has waited), from
 * what the relay holds in memory ({@link OutboxRelay#backlog}), so reading them costs the store
 * nothing however large the collections grow. Zero and zero when the relay keeps up.
 */
public class OutboxBacklog implements MeterBinder {

    private final OutboxRelay relay;
    private final Clock clock;

    public OutboxBacklog(OutboxRelay relay, Clock clock) {
        this.relay = relay;
        this.clock = clock;
    }

    /** The backlog at {@code at}: how many documents wait and how long the oldest has. */
    public record Snapshot(long pending, double oldestAgeSeconds, Instant at) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.pending", this, backlog -> backlog.now().pending())
                .description("Documents whose events are written with their change but not yet published").register(registry);
        Gauge.builder("outbox.oldest.age", this, backlog -> backlog.now().oldestAgeSeconds()).baseUnit("seconds")
                .description("How long the oldest unpublished event has waited").register(registry);
    }

    public Snapshot now() {
        Instant now = clock.instant();
        OutboxRelay.Backlog backlog = relay.backlog();
        double age = backlog.oldestSince() == null ? 0 : Math.max(0, Duration.between(backlog.oldestSince(), now).toMillis() / 1000.0);
        return new Snapshot(backlog.documents(), age, now);
    }
}
