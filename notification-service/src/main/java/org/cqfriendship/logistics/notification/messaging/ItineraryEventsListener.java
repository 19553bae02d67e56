package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Turns the itinerary-service's events into alerts for the delegation's coordinator. */
@Component
class ItineraryEventsListener {

    /** Times in alerts are conference time; the event's offset may have been normalised on the way. */
    private static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM HH:mm", Locale.ENGLISH);

    private final AlertService alerts;

    ItineraryEventsListener(AlertService alerts) {
        this.alerts = alerts;
    }

    @KafkaListener(id = "notification-itineraries", groupId = "notification-service", topics = NotificationTopics.ITINERARIES)
    void on(ConsumerRecord<String, Object> record) {
        String eventId = CloudEvents.requireId(record);
        if (record.value() instanceof ClashDetected clash) {
            alerts.record(clashAlert(eventId, clash));
        } else if (record.value() instanceof ItineraryChanged changed) {
            alerts.record(itineraryAlert(eventId, changed));
        }
    }

    private static AlertService.Change clashAlert(String eventId, ClashDetected clash) {
        require(clash.delegationId(), clash.explanation());
        String title = "Clash: " + clash.locality() + ", " + clash.memberName() + " late for "
                + (clash.sessionTitle() == null ? clash.sessionId() : clash.sessionTitle());
        String message = clash.explanation() + " What to do: confirm the arrival time with the delegation and arrange"
                + " a faster transfer, a later entrance, or a stand-in.";
        return new AlertService.Change(eventId, clash.delegationId(), clash.coordinatorId(), clash.locality(),
                AlertKind.CLASH_DETECTED, true, title, message);
    }

    private static AlertService.Change itineraryAlert(String eventId, ItineraryChanged changed) {
        require(changed.delegationId(), changed.changes());
        StringBuilder message = new StringBuilder("Itinerary of ").append(changed.locality())
                .append(" planned after registration:");
        for (ItineraryChanged.Change c : changed.changes()) {
            message.append("\n- ").append(c.description());
            if (c.after() != null) {
                message.append(", ").append(WHEN.format(c.after().startsAt().atZoneSameInstant(CONFERENCE_ZONE))).append(" at ").append(c.after().place())
                        .append(" (").append(String.join(", ", c.after().members())).append(")");
            }
        }
        return new AlertService.Change(eventId, changed.delegationId(), changed.coordinatorId(), changed.locality(),
                AlertKind.ITINERARY_CHANGED, false, "Itinerary planned: " + changed.locality(), message.toString());
    }

    private static void require(Object... parts) {
        for (Object part : parts) {
            if (Objects.isNull(part)) {
                throw new PoisonEventException("Event lacks a field an alert needs");
            }
        }
    }
}
