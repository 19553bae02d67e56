package org.cqfriendship.logistics.notification.coordinator;

import org.cqfriendship.logistics.notification.wording.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Someone alerts go to: a liaison officer, the duty manager, or the programme desk standing in for
 * delegations nobody serves yet. Besides the inbox they are reached by email, by SMS when they have
 * a mobile number, and through their group-chat bot when they have a webhook. They read in
 * {@code language} (zh, en, ru, es, fr) and live by {@code timeZone} (conference time when unset).
 */
public record Recipient(String id, String name, @Nullable String email, @Nullable String phone, @Nullable String webhook,
                        @Nullable String language, @Nullable String timeZone) {

    public Reader reader() {
        return Reader.of(language, timeZone);
    }
}
