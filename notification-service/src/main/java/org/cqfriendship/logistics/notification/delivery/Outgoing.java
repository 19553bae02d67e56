package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.coordinator.Recipient;

/**
 * One alert worded for its recipient, ready for a channel. {@code idempotencyKey} (alert id and
 * channel) lets the provider drop a resend after a crash between sending and recording it.
 */
public record Outgoing(Alert alert, Recipient to, String address, String title, String text, String acknowledgeLink,
                       String idempotencyKey) {
}
