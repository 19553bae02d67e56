package org.cqfriendship.logistics.notification.wording;

import java.util.Locale;
import java.util.Optional;

/** The programme's session titles by language, as the itinerary-service publishes them. */
public interface SessionTitles {

    /** The title in {@code language}; empty where the session or its translation is unknown (the English stands). */
    Optional<String> titleOf(String sessionId, Locale language);
}
