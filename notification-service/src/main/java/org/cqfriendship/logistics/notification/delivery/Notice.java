package org.cqfriendship.logistics.notification.delivery;

import java.util.Locale;

/**
 * A message that is not an alert (a request to confirm an address), worded in full by whoever
 * sends it: no inbox, no acknowledgement. {@code idempotencyKey} keeps a resend after a crash to one message.
 */
public record Notice(String address, Locale locale, String subject, String text, String idempotencyKey) {
}
