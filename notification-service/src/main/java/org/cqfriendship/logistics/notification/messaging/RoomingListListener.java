package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.rooming.RoomingListMailer;
import org.cqfriendship.logistics.notification.rooming.RoomingLists;
import org.cqfriendship.logistics.notification.rooming.RoomsAllocated;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps each hotel's latest rooming list from the itinerary-service's {@code RoomsAllocated}, a poll's batch at a time. */
@Component
class RoomingListListener {

    private final RoomingLists lists;
    private final RoomingListMailer mailer;

    RoomingListListener(RoomingLists lists, RoomingListMailer mailer) {
        this.lists = lists;
        this.mailer = mailer;
    }

    @KafkaListener(id = "notification-rooms", groupId = "notification-service", topics = NotificationTopics.ROOMS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        BatchListening.apply(records, RoomingListListener::list, batch -> {
            if (lists.keepAll(batch)) {
                mailer.wakeUp();
            }
        });
    }

    private static List<RoomsAllocated> list(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof RoomsAllocated list) {
            if (list.hotelId() == null || list.rooms() == null) {
                throw new PoisonEventException("RoomsAllocated without a hotel or rooms");
            }
            return List.of(list);
        }
        return List.of();
    }
}
