package org.cqfriendship.logistics.faults;

import java.time.Duration;

/**
 * How long and how hard each scenario runs. The short version runs in CI ({@code ./mvnw verify});
 * the full one is the documented command and writes docs/reliability.md.
 *
 * @param warmup        load before the fault
 * @param afterFault    load after the fault ended
 * @param perSecond     registrations per second (every third one is then changed)
 * @param deliveryTimeout the producers' delivery timeout the services run with (their request timeout a third of it):
 *                      the deployed 30 s in the full run; half that in the short one, so that the broker's pause past it
 *                      costs CI 15 s less
 * @param brokerPause   how long the broker is frozen (longer than the delivery timeout)
 * @param maxPollInterval the itinerary-service's max.poll.interval.ms while it stalls two and a half times as long
 * @param outage        how long the mail server and the SMS gateway are down
 * @param recoveryBound the longest a recovery may take and still pass
 * @param cluster       the cluster's scenarios, on three brokers and two instances of each service
 */
record Settings(String name, Duration warmup, Duration afterFault, double perSecond, Duration deliveryTimeout, Duration brokerPause,
                Duration maxPollInterval, Duration outage, Duration recoveryBound, boolean cluster) {

    static final Settings SHORT = new Settings("short", Duration.ofSeconds(3), Duration.ofSeconds(4), 2, Duration.ofSeconds(15),
            Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(120), false);
    static final Settings FULL = new Settings("full", Duration.ofSeconds(20), Duration.ofSeconds(30), 30, Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(120), false);

    /**
     * The consumer lag, summed over every group, that counts as caught up while the load goes on:
     * what two seconds of it bring (batch listeners take a poll's records at a time), at least 10.
     */
    long inFlight() {
        return Math.max(10, Math.round(2 * perSecond));
    }

    boolean isShort() {
        return name.equals(SHORT.name);
    }

    Duration requestTimeout() {
        return deliveryTimeout.dividedBy(3);
    }

    /** How long the itinerary-service stalls before a record: well past its {@link #maxPollInterval}. */
    Duration consumerStall() {
        return maxPollInterval.multipliedBy(5).dividedBy(2);
    }

    /** These settings with another load. */
    Settings withRate(double registrationsPerSecond) {
        return new Settings(name, warmup, afterFault, registrationsPerSecond, deliveryTimeout, brokerPause, maxPollInterval, outage,
                recoveryBound, cluster);
    }

    /** These settings for the cluster's scenarios: on the local platform's cluster shape ({@code --cluster}). */
    Settings onCluster() {
        return new Settings(name, warmup, afterFault, perSecond, deliveryTimeout, brokerPause, maxPollInterval, outage, recoveryBound, true);
    }

    /** The report's file name: the cluster's scenarios have their own. */
    String reportName() {
        return cluster ? "reliability-cluster.md" : "reliability.md";
    }
}
