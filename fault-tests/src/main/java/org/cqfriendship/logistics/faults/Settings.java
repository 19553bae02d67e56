package org.cqfriendship.logistics.faults;

import java.time.Duration;

/**
 * How long and how hard each scenario runs. The short version runs in CI ({@code ./mvnw verify});
 * the full one is the documented command and writes docs/reliability.md.
 *
 * @param warmup        load before the fault
 * @param afterFault    load after the fault ended
 * @param perSecond     registrations per second (every third one is then changed)
 * @param brokerPause   how long the broker is frozen (longer than the clients' 30 s delivery timeout)
 * @param outage        how long the mail server and the SMS gateway are down
 * @param recoveryBound the longest a recovery may take and still pass
 * @param cluster       the cluster's scenarios, on three brokers and two instances of each service
 */
record Settings(String name, Duration warmup, Duration afterFault, double perSecond, Duration brokerPause, Duration outage,
                Duration recoveryBound, boolean cluster) {

    static final Settings SHORT = new Settings("short", Duration.ofSeconds(4), Duration.ofSeconds(5), 2, Duration.ofSeconds(35),
            Duration.ofSeconds(15), Duration.ofSeconds(120), false);
    static final Settings FULL = new Settings("full", Duration.ofSeconds(20), Duration.ofSeconds(30), 30, Duration.ofSeconds(60),
            Duration.ofSeconds(60), Duration.ofSeconds(120), false);

    /**
     * The consumer lag, summed over every group, that counts as caught up while the load goes on:
     * what two seconds of it bring (batch listeners take a poll's records at a time), at least 10.
     */
    long inFlight() {
        return Math.max(10, Math.round(2 * perSecond));
    }

    /** These settings with another load. */
    Settings withRate(double registrationsPerSecond) {
        return new Settings(name, warmup, afterFault, registrationsPerSecond, brokerPause, outage, recoveryBound, cluster);
    }

    /** These settings for the cluster's scenarios: on the local platform's cluster shape ({@code --cluster}). */
    Settings onCluster() {
        return new Settings(name, warmup, afterFault, perSecond, brokerPause, outage, recoveryBound, true);
    }

    /** The report's file name: the cluster's scenarios have their own. */
    String reportName() {
        return cluster ? "reliability-cluster.md" : "reliability.md";
    }
}
