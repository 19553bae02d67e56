package org.cqfriendship.logistics.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * How far the outbox relay is behind: {@code outbox.pending} (events written but not yet on the
 * broker) and {@code outbox.oldest.age} (seconds the oldest has waited), read from the outbox
 * arrays at most once a second. Zero and zero when the relay keeps up.
 */
public class OutboxBacklog implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final OutboxProperties properties;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(0, 0, Instant.EPOCH);

    public OutboxBacklog(MongoTemplate mongo, OutboxProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The backlog at {@code at}: how many events wait and how long the oldest has. */
    public record Snapshot(long pending, double oldestAgeSeconds, Instant at) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.pending", this, backlog -> backlog.now().pending())
                .description("Events written with their change but not yet published").register(registry);
        Gauge.builder("outbox.oldest.age", this, backlog -> backlog.now().oldestAgeSeconds()).baseUnit("seconds")
                .description("How long the oldest unpublished event has waited").register(registry);
    }

    public Snapshot now() {
        Instant now = clock.instant();
        Snapshot cached = last;
        if (Duration.between(cached.at(), now).compareTo(FRESH) < 0) {
            return cached;
        }
        long pending = 0;
        Instant oldest = null;
        for (String collection : properties.collections()) {
            Query waiting = new Query(Criteria.where("outbox.0").exists(true));
            waiting.fields().include("outbox.occurredAt");
            for (Document document : mongo.find(waiting, Document.class, collection)) {
                for (Document message : document.getList("outbox", Document.class)) {
                    pending++;
                    Object at = message.get("occurredAt");
                    Instant occurred = at instanceof Date date ? date.toInstant() : null;
                    if (occurred != null && (oldest == null || occurred.isBefore(oldest))) {
                        oldest = occurred;
                    }
                }
            }
        }
        double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0);
        Snapshot fresh = new Snapshot(pending, age, now);
        last = fresh;
        return fresh;
    }
}
