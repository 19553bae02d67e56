package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.Delivery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's delivery percentiles count from when an alert was due, not from its change (issue 23, defect 13). */
class DeliveryLagTest {

    static final Instant CHANGED = Instant.parse("2026-05-19T02:00:00Z");

    static Alert alert(boolean urgent, Instant heldUntil) {
        return new Alert("a-1", "coord-demo", "d-1", "Pest County", AlertKind.ITINERARY_CHANGED, urgent, List.of(), CHANGED,
                new Alert.Hold(heldUntil, false), Map.of(), null, Alert.Escalation.NONE, false, null);
    }

    static Delivery deliveredAt(Instant at) {
        return new Delivery(Delivery.Status.DELIVERED, 1, null, at, null, at, null, List.of(), Delivery.UNCLAIMED, null);
    }

    @Test
    void aDigestsWaitForMoreChangesIsNotCountedAsDelay() {
        Alert digest = alert(false, CHANGED.plusSeconds(120));

        assertThat(DeliveryHealth.lagMillis(digest, deliveredAt(CHANGED.plusSeconds(121)))).isEqualTo(1_000);
    }

    @Test
    void retriesAndOutagesAreCounted() {
        Alert urgent = alert(true, CHANGED);

        assertThat(DeliveryHealth.lagMillis(urgent, deliveredAt(CHANGED.plusSeconds(600)))).isEqualTo(600_000);
        assertThat(DeliveryHealth.lagMillis(alert(false, CHANGED.plusSeconds(120)), deliveredAt(CHANGED.plusSeconds(1320))))
                .as("twenty minutes after its digest window").isEqualTo(1_200_000);
    }
}
