package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.coordinator.Recipient;

/**
 * One alert worded for its recipient, ready for a channel. {@code idempotencyKey} (alert id and
 * channel) lets the provider drop a resend after a crash between sending and recording it;
 * {@code itineraryPdf} is where the recipient opens the delegation's itinerary (empty for an alert
 * about no delegation).
 */
public record Outgoing(Alert alert, Recipient to, String address, String title, String text, String acknowledgeLink,
                       String idempotencyKey, String itineraryPdf) {
}
