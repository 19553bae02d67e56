package org.cqfriendship.logistics.notification.messaging;

import org.cqfriendship.logistics.support.events.InboundEventTypes;
import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;

@Configuration
class NotificationTopics {

    /** Consumed: the itinerary-service's facts about itineraries. */
    static final String ITINERARIES = "itinerary.itineraries";

    /** Declared here too, since this service writes their dead letters. */
    @Bean
    KafkaAdmin.NewTopics consumedTopicDeclarations() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(ITINERARIES, 3));
    }

    @Bean
    InboundEventTypes inboundEventTypes() {
        return new InboundEventTypes(Map.of(
                "ItineraryChanged", ItineraryChanged.class,
                "ClashDetected", ClashDetected.class,
                "ClashResolved", ClashResolved.class,
                "TransferReassigned", TransferReassigned.class));
    }
}
