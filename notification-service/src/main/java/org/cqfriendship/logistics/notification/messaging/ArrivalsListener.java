package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.wording.Phrase;
import org.cqfriendship.logistics.notification.wording.Phrase.Arg;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Tells a delegation's coordinator when its head of delegation has arrived: their badge's first
 * scan at a port desk (landed and met) and at a hotel desk. Not urgent: it goes by the usual
 * digest rules. Later scans at the same place, and everyone else's, tell nobody.
 */
@Component
class ArrivalsListener {

    private static final Set<String> TOLD_AT = Set.of("PORT", "HOTEL");

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
        if (!(record.value() instanceof CheckedIn checkIn) || !"HEAD".equals(checkIn.role()) || !checkIn.firstAtPlace()
                || !TOLD_AT.contains(checkIn.placeKind())) {
            return List.of();
        }
        if (checkIn.delegationId() == null || checkIn.memberId() == null || checkIn.scannedAt() == null) {
            throw new PoisonEventException("CheckedIn without delegation, member or time");
        }
        Arg[] args = {Arg.text(checkIn.locality()), Arg.text(checkIn.displayName()), Arg.text(checkIn.port()), Arg.time(checkIn.scannedAt())};
        String kind = checkIn.placeKind();
        return List.of(new AlertService.Change(eventId, checkIn.delegationId(), checkIn.coordinatorId(), checkIn.locality(),
                AlertKind.ARRIVED, false, Phrase.of("alert.arrival.title." + kind, args), List.of(Phrase.of("alert.arrival.detail." + kind, args)),
                List.of(), Set.of(), Set.of(), Traces.traceIdOf(Traces.parentOf(record)),
                List.of(new org.cqfriendship.logistics.notification.alert.Alert.Step("arrival:" + checkIn.memberId() + ":" + kind, null,
                        checkIn.placeId()))));
    }
}
