package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/** @param transferBuffer time from a scheduled arrival until the member can be at a venue */
@ConfigurationProperties("itinerary.planning")
public record PlanningSettings(Duration transferBuffer) {

    public PlanningSettings {
        transferBuffer = transferBuffer == null ? Duration.ofMinutes(90) : transferBuffer;
    }
}
