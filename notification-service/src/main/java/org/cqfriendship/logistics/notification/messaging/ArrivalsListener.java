package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.AlertPolicy;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.alert.news.CheckedIn;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands the badges scanned at the desks to {@link AlertPolicy#checkedIn}, which tells of a head of delegation's arrival. */
@Component
class ArrivalsListener {

    private final AlertService alerts;

    ArrivalsListener(AlertService alerts) {
        this.alerts = alerts;
    }

    @KafkaListener(id = "notification-checkins", groupId = "notification-service", topics = NotificationTopics.CHECKINS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, ArrivalsListener::arrival, alerts::recordAll);
    }

    private static List<AlertService.Change> arrival(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        if (!(record.value() instanceof CheckedIn checkIn)) {
            return List.of();
        }
        return AlertPolicy.checkedIn(eventId, checkIn, Traces.traceIdOf(Traces.parentOf(record))).stream().toList();
    }
}
