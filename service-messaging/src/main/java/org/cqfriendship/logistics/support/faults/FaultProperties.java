package org.cqfriendship.logistics.support.faults;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Faults the fault-test harness injects into a running service ({@code logistics.faults}); all
 * off unless {@code enabled}. Counts are from the start, or from when the harness armed them again
 * ({@link FaultEndpoint}): it dies (SIGKILL-like, no
 * shutdown) right after the {@code haltAfterConsumed}-th record's listener returned and before
 * its offset is committed, or right after the broker acknowledged the {@code haltAfterRelayed}-th
 * event the service's producer sent (outbox events; a dead letter counts too) and before the relay
 * marks it sent; it stalls for {@code stall} before the listener of
 * the record after the {@code stallAfterConsumed}-th (longer than {@code max.poll.interval.ms}
 * gets it thrown out of its group). 0 means never.
 */
@ConfigurationProperties("logistics.faults")
public record FaultProperties(boolean enabled, int haltAfterConsumed, int haltAfterRelayed, int stallAfterConsumed,
                              @DefaultValue("0s") Duration stall) {
}
