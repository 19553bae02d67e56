package org.cqfriendship.logistics.notification.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param secret the master secret from which each group-chat bot's own signing secret is derived (never given to a bot) */
@ConfigurationProperties("notification.webhook")
public record WebhookSettings(String secret) {
}
