package org.cqfriendship.logistics.notification.rooming;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps each hotel's latest rooming list from the itinerary-service's {@code RoomsAllocated}, a poll's batch at a time. */
@Configuration
class RoomingListListener {

    static final String ROOMS = "itinerary.rooms";

    private final RoomingLists lists;
    private final RoomingListMailer mailer;

    RoomingListListener(RoomingLists lists, RoomingListMailer mailer) {
        this.lists = lists;
        this.mailer = mailer;
    }

    @KafkaListener(id = "notification-rooms", groupId = "notification-service", topics = ROOMS, batch = "true")
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

    @Bean
    InboundEventTypes roomEventTypes() {
        // A hotel's changed blocks concern the itinerary-service's booking; its new list follows as RoomsAllocated.
        return new InboundEventTypes(Map.of("RoomsAllocated", RoomsAllocated.class), Set.of("HotelChanged"));
    }

    /** Declared here too, since this service writes its dead letters. */
    @Bean
    static KafkaAdmin.NewTopics roomTopicDeclaration() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(ROOMS, 3));
    }
}
