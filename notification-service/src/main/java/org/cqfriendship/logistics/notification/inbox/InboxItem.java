package org.cqfriendship.logistics.notification.inbox;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertTexts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** An alert as the inbox page shows it, worded for the page's reader, times in conference time (Asia/Shanghai). */
record InboxItem(String id, String coordinatorId, String kind, boolean urgent, String title, String message, String when,
                 boolean acknowledged, String acknowledgedWhen, String acknowledgedBy) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    static InboxItem of(Alert alert, AlertTexts.Text text) {
        return new InboxItem(alert.id(), alert.coordinatorId(), alert.kind().name(), alert.urgent(), text.title(), text.message(),
                format(alert.createdAt()), alert.acknowledged(), format(alert.acknowledgedAt()), alert.acknowledgedBy());
    }

    private static String format(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
