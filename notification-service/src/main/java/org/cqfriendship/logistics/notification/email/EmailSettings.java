package org.cqfriendship.logistics.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param from            the sender of alert emails
 * @param pollInterval    how often parked emails are looked at
 * @param maxRetryBackoff the longest a parked email waits before its next attempt
 * @param inboxBaseUrl    where a coordinator reads their inbox, for the link in each email
 */
@ConfigurationProperties("notification.email")
public record EmailSettings(String from, Duration pollInterval, Duration maxRetryBackoff, String inboxBaseUrl) {

    public EmailSettings {
        from = from == null ? "CQ Friendship Cities 2026 <alerts@cq-friendship.example.org>" : from;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofMinutes(2) : maxRetryBackoff;
        inboxBaseUrl = inboxBaseUrl == null ? "http://localhost:8083" : inboxBaseUrl;
    }
}
