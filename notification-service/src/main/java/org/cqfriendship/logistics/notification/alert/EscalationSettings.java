package org.cqfriendship.logistics.notification.alert;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param after          how long an urgent alert may stay unacknowledged before the duty manager is told
 * @param againAfter     how long after that before they are told again
 * @param maxEscalations how many times at most
 * @param dutyManager    the inbox (and, through the coordinator directory, the email) of the duty manager
 * @param pollInterval   how often unacknowledged alerts are looked at
 */
@ConfigurationProperties("notification.escalation")
public record EscalationSettings(Duration after, Duration againAfter, Integer maxEscalations, String dutyManager,
                                 Duration pollInterval) {

    public EscalationSettings {
        after = after == null ? Duration.ofMinutes(10) : after;
        againAfter = againAfter == null ? Duration.ofMinutes(20) : againAfter;
        maxEscalations = maxEscalations == null ? 2 : maxEscalations;
        dutyManager = dutyManager == null ? "duty-manager" : dutyManager;
        pollInterval = pollInterval == null ? Duration.ofSeconds(15) : pollInterval;
    }
}
