package org.cqfriendship.logistics.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param collections  the collections whose documents carry an {@code outbox} array
 * @param pollInterval  how often the relay wakes up when nobody wakes it
 * @param sweepInterval how often the relay reads the marks left over (events no writer named: {@link OutboxMarks})
 * @param sendTimeout   the least time a relay pass waits for the broker's answers before it tries again later; it waits
 *                      as long as the producer's delivery timeout at least ({@link OutboxRelay#answersWithin})
 */
@ConfigurationProperties("logistics.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Duration sweepInterval, Duration sendTimeout) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(10) : sweepInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
}
