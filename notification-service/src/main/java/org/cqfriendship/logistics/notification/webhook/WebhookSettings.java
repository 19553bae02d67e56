package org.cqfriendship.logistics.notification.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param secret signs every webhook post (HMAC-SHA256); the receiving bots hold the same secret */
@ConfigurationProperties("notification.webhook")
public record WebhookSettings(String secret) {
}
