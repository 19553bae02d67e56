package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.programme.ProgrammeTitles;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the programme's session titles in every language from the itinerary-service's session
 * events, so that alerts name sessions in each reader's language. A session's events come in
 * order (keyed by session); applying one again changes nothing.
 */
@Component
class ProgrammeEventsListener {

    private final ProgrammeTitles titles;

    ProgrammeEventsListener(ProgrammeTitles titles) {
        this.titles = titles;
    }

    /** The contract's session events, as far as titles go (contracts/schemas/Session*.schema.json). */
    record SessionEvent(String sessionId, String title, Map<String, Translation> translations) {
    }

    record Translation(String title, String venue) {
    }

    @KafkaListener(id = "notification-programme", groupId = "notification-service", topics = NotificationTopics.SESSIONS)
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof SessionEvent session) {
            if (session.sessionId() == null || session.sessionId().isBlank() || session.title() == null) {
                throw new PoisonEventException("Session event without sessionId or title");
            }
            Map<String, String> byLanguage = new TreeMap<>();
            if (session.translations() != null) {
                session.translations().forEach((language, translation) -> {
                    if (translation != null && translation.title() != null && !translation.title().isBlank()) {
                        byLanguage.put(language, translation.title());
                    }
                });
            }
            titles.keep(session.sessionId(), session.title(), byLanguage);
        }
    }
}
