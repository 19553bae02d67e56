package org.cqfriendship.logistics.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * @param collections  the collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for pending events when nobody wakes it
 * @param sendTimeout  how long one publish may take before the relay tries again later
 */
@ConfigurationProperties("logistics.outbox")
public record OutboxProperties(List<String> collections, Duration pollInterval, Duration sendTimeout) {

    public OutboxProperties {
        collections = collections == null ? List.of() : List.copyOf(collections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
    }
}
