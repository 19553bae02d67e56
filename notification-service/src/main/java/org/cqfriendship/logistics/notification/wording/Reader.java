package org.cqfriendship.logistics.notification.wording;

import java.time.ZoneId;
import java.util.Locale;

/** Who reads an alert: their language, and the time zone they live by. */
public record Reader(Locale locale, ZoneId zone) {

    public static Reader of(String languageTag, String zone) {
        return new Reader(Locale.forLanguageTag(languageTag == null || languageTag.isBlank() ? "en" : languageTag),
                zone == null || zone.isBlank() ? Wording.CONFERENCE_ZONE : ZoneId.of(zone));
    }
}
