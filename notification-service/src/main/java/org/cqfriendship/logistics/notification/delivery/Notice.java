package org.cqfriendship.logistics.notification.delivery;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * A message that is not an alert (a request to confirm an address, a hotel's rooming list), worded
 * in full by whoever sends it: no inbox, no acknowledgement. {@code idempotencyKey} keeps a resend
 * after a crash to one message; {@code attachment} (email only) may be null.
 */
public record Notice(String address, Locale locale, @Nullable String subject, String text, String idempotencyKey,
                     @Nullable Attachment attachment) {

    public Notice(String address, Locale locale, @Nullable String subject, String text, String idempotencyKey) {
        this(address, locale, subject, text, idempotencyKey, null);
    }

    /** A file sent with an email. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
