package org.cqfriendship.logistics.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param pollInterval    how often each channel looks at the deliveries named to it (new alerts, parked retries)
 * @param sweepInterval   how often each channel searches the store for due deliveries nobody named to it
 * @param maxRetryBackoff the longest a parked delivery waits before its next attempt
 * @param publicBaseUrl   where recipients reach this service, for the links in emails and texts
 * @param delegateAddressCap sends an hour to one delegate address on one channel (more are held)
 * @param delegationCap   sends an hour to all of one delegation's delegates together (more are held)
 * @param parallelSends   sends under way at once on one channel (its bulkhead must let as many through)
 * @param instance        this instance's name, different for every instance sharing the store, and the same after a restart
 * @param claimLease      how long a claim on a delivery holds off other instances: longer than a batch of sends takes;
 *                        after it, another instance takes over what a dead one claimed
 */
@ConfigurationProperties("notification.delivery")
public record DeliverySettings(Duration pollInterval, Duration sweepInterval, Duration maxRetryBackoff, String publicBaseUrl,
                               Integer delegateAddressCap, Integer delegationCap, Integer parallelSends, String instance,
                               Duration claimLease) {

    public DeliverySettings {
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        sweepInterval = sweepInterval == null ? Duration.ofSeconds(10) : sweepInterval;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofMinutes(2) : maxRetryBackoff;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8083" : publicBaseUrl;
        delegateAddressCap = delegateAddressCap == null ? 20 : delegateAddressCap;
        delegationCap = delegationCap == null ? 60 : delegationCap;
        parallelSends = parallelSends == null ? 4 : parallelSends;
        instance = instance == null || instance.isBlank() ? "notification-service" : instance;
        claimLease = claimLease == null ? Duration.ofMinutes(1) : claimLease;
    }

    /** How long the {@code attempts}th failed try waits: doubling from 2 s, up to {@code maxRetryBackoff}. */
    public Duration backoff(int attempts) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(attempts, 16));
        return doubled.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : doubled;
    }
}
