package org.cqfriendship.logistics.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param from the sender of alert emails */
@ConfigurationProperties("notification.email")
public record EmailSettings(String from) {

    public EmailSettings {
        from = from == null ? "CQ Friendship 2026 <alerts@cq-friendship.example.org>" : from;
    }
}
