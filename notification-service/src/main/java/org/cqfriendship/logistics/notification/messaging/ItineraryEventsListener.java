package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.AlertPolicy;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.alert.news.ClashDetected;
import org.cqfriendship.logistics.notification.alert.news.ClashResolved;
import org.cqfriendship.logistics.notification.alert.news.ItineraryChanged;
import org.cqfriendship.logistics.notification.alert.news.RoundClosed;
import org.cqfriendship.logistics.notification.alert.news.TransferReassigned;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Hands the itinerary-service's news to {@link AlertPolicy}, a poll's batch at a time, and records what it says to tell. */
@Component
class ItineraryEventsListener {

    private final AlertService alerts;

    ItineraryEventsListener(AlertService alerts) {
        this.alerts = alerts;
    }

    @KafkaListener(id = "notification-itineraries", groupId = "notification-service", topics = NotificationTopics.ITINERARIES,
            batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, ItineraryEventsListener::change, alerts::recordAll);
    }

    /** The change the record tells of (none, for an event no one is told of). */
    private static List<AlertService.Change> change(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        String traceId = Traces.traceIdOf(Traces.parentOf(record));
        if (record.value() instanceof ClashDetected clash) {
            return List.of(AlertPolicy.clashDetected(eventId, clash, traceId));
        } else if (record.value() instanceof ItineraryChanged changed) {
            return List.of(AlertPolicy.itineraryChanged(eventId, changed, traceId));
        } else if (record.value() instanceof ClashResolved resolved) {
            return List.of(AlertPolicy.clashResolved(eventId, resolved, traceId));
        } else if (record.value() instanceof TransferReassigned transfer) {
            return List.of(AlertPolicy.transferReassigned(eventId, transfer, traceId));
        } else if (record.value() instanceof RoundClosed round) {
            boolean isFinal = RoundClosed.CONTEST_RESULT.equals(CloudEvents.header(record.headers(), CloudEvents.TYPE));
            return List.of(AlertPolicy.roundClosed(eventId, round, isFinal, traceId));
        }
        return List.of();
    }
}
