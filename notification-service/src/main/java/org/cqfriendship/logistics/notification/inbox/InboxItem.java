package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertTexts;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;

import java.time.format.DateTimeFormatter;

/**
 * An alert as the inbox page shows it, worded for the page's reader, times in conference time
 * (Asia/Shanghai), with a link to the delegation's itinerary on the itinerary-service (null: none).
 */
record InboxItem(String id, String coordinatorId, String kind, boolean urgent, String title, String message, String when,
                 boolean acknowledged, @Nullable String acknowledgedWhen, @Nullable String acknowledgedBy, @Nullable String itineraryUrl) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ConferenceTime.ZONE);

    static InboxItem of(Alert alert, AlertTexts.Text text, String itineraryBaseUrl) {
        Alert.Acknowledgement acknowledgement = alert.acknowledgement();
        return new InboxItem(alert.id(), alert.coordinatorId(), alert.kind().name(), alert.urgent(), text.title(), text.message(),
                TIME.format(alert.createdAt()), acknowledgement != null, acknowledgement == null ? null : TIME.format(acknowledgement.at()),
                acknowledgement == null ? null : acknowledgement.by(),
                alert.delegationId() == null ? null : itineraryBaseUrl + "/itineraries/" + alert.delegationId());
    }
}
