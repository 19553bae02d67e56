package org.cqfriendship.logistics.notification.delivery;

/** The ways an alert leaves the service besides the inbox; each has its own guard and dispatcher. */
public enum Channel {
    EMAIL, SMS, WEBHOOK;

    /** The Resilience4j instance name of the channel's breaker, retry, rate limiter, bulkhead and time limit. */
    public String guardName() {
        return name().toLowerCase();
    }
}
