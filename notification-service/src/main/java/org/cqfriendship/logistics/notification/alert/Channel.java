package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.Recipient;
import org.jspecify.annotations.Nullable;

/** The ways an alert leaves the service besides the inbox; each has its own guard and dispatcher. */
public enum Channel {
    EMAIL, SMS, WEBHOOK;

    /** The Resilience4j instance name of the channel's breaker, retry, rate limiter, bulkhead and time limit. */
    public String guardName() {
        return name().toLowerCase();
    }

    /** Where {@code to} is reached on this channel, or null when they cannot be. */
    public @Nullable String addressOf(Recipient to) {
        String address = switch (this) {
            case EMAIL -> to.email();
            case SMS -> to.phone();
            case WEBHOOK -> to.webhook();
        };
        return address == null || address.isBlank() ? null : address;
    }
}
