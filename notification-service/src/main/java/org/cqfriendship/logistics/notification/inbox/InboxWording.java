package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.wording.Reader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Alerts for an inbox page: in the page's language, with times also in the inbox owner's own zone,
 * each linked to its delegation's itinerary ({@code notification.inbox.itinerary-base-url}).
 */
@Component
class InboxWording {

    private final AlertTexts texts;
    private final Recipients directory;
    private final String itineraryBaseUrl;

    InboxWording(AlertTexts texts, Recipients directory,
                 @Value("${notification.inbox.itinerary-base-url:http://localhost:8082}") String itineraryBaseUrl) {
        this.texts = texts;
        this.directory = directory;
        this.itineraryBaseUrl = itineraryBaseUrl.endsWith("/") ? itineraryBaseUrl.substring(0, itineraryBaseUrl.length() - 1)
                : itineraryBaseUrl;
    }

    InboxItem item(Alert alert, Locale pageLocale) {
        Reader reader = new Reader(pageLocale, directory.reach(alert.coordinatorId()).reader().zone());
        return InboxItem.of(alert, texts.of(alert, reader), itineraryBaseUrl);
    }
}
