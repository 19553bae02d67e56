package org.cqfriendship.logistics.notification.wording;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;

import java.time.ZoneId;
import java.util.Locale;

/** Who reads an alert: their language, and the time zone they live by. */
public record Reader(Locale locale, ZoneId zone) {

    public static Reader of(@Nullable String languageTag, @Nullable String zone) {
        return new Reader(Locale.forLanguageTag(languageTag == null || languageTag.isBlank() ? "en" : languageTag),
                zone == null || zone.isBlank() ? ConferenceTime.ZONE : ZoneId.of(zone));
    }
}
