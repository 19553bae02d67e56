package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A delegate who asked to be told about changes to their own schedule: where (email, and a mobile
 * number for urgent changes) and in which language. Absent when they did not ask. Unlike the
 * delegation's contact it travels on the registration events, because the notification-service
 * must reach this person; it carries nothing else.
 */
public record AlertContact(@Email @Size(max = 200) @Nullable String email,
                           @Size(max = 40) @InternationalPhone @Nullable String phone,
                           @Pattern(regexp = "zh|en|ru|es|fr", message = "{delegation.alerts.language}") @Nullable String language) {

    /** Null when neither an email nor a phone number was given: nobody to tell. */
    static @Nullable AlertContact of(@Nullable AlertContact given) {
        if (given == null) {
            return null;
        }
        String email = blankToNull(given.email());
        String phone = blankToNull(given.phone());
        if (email == null && phone == null) {
            return null;
        }
        return new AlertContact(email, phone, given.language() == null || given.language().isBlank() ? "en" : given.language());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
