package org.cqfriendship.logistics.notification.rooming;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * When hotels are sent their rooming lists ({@code notification.rooming-lists}).
 *
 * @param settle       how long a hotel's list must stay unchanged before it is sent, so that a burst of bookings goes as one email
 * @param pollInterval how often the lists due are looked for (a new list also wakes the sender)
 */
@ConfigurationProperties("notification.rooming-lists")
record RoomingListSettings(Duration settle, Duration pollInterval) {

    RoomingListSettings {
        settle = settle == null ? Duration.ofMinutes(1) : settle;
        pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
    }
}
