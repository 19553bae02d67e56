package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.wording.Reader;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** Alerts for an inbox page: in the page's language, with times also in the inbox owner's own zone. */
@Component
class InboxWording {

    private final AlertTexts texts;
    private final Recipients directory;

    InboxWording(AlertTexts texts, Recipients directory) {
        this.texts = texts;
        this.directory = directory;
    }

    InboxItem item(Alert alert, Locale pageLocale) {
        Reader reader = new Reader(pageLocale, directory.reach(alert.coordinatorId()).reader().zone());
        return InboxItem.of(alert, texts.of(alert, reader));
    }
}
