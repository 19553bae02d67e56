package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.support.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

@RestController
class AlertController {

    private final AlertService alerts;
    private final AlertTexts texts;
    private final Recipients directory;

    AlertController(AlertService alerts, AlertTexts texts, Recipients directory) {
        this.alerts = alerts;
        this.texts = texts;
        this.directory = directory;
    }

    record DeliveryView(Delivery.Status status, int attempts, @Nullable Instant deliveredAt, @Nullable String lastError,
                        @Nullable String fallbackFor) {
    }

    /** An alert in its recipient's language and zone, with how far each channel got. */
    record AlertView(String id, @Nullable String delegationId, String locality, AlertKind kind, boolean urgent, int changes, String title,
                     String message, Instant createdAt, Instant heldUntil, Map<String, DeliveryView> deliveries,
                     @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {
    }

    private AlertView view(Alert a) {
        AlertTexts.Text text = texts.of(a, directory.reach(a.coordinatorId()).reader());
        Map<String, DeliveryView> deliveries = new TreeMap<>();
        a.deliveries().forEach((channel, d) -> deliveries.put(channel,
                new DeliveryView(d.status(), d.attempts(), d.deliveredAt(), d.lastError(), d.fallbackFor())));
        return new AlertView(a.id(), a.delegationId(), a.locality(), a.kind(), a.urgent(), a.parts().size(), text.title(),
                text.message(), a.createdAt(), a.hold().until(), deliveries,
                a.acknowledgement() == null ? null : a.acknowledgement().at(), a.acknowledgement() == null ? null : a.acknowledgement().by());
    }

    /** The coordinator's inbox, newest first. */
    @GetMapping("/api/coordinators/{coordinatorId}/alerts")
    List<AlertView> inbox(@PathVariable String coordinatorId) {
        return alerts.inbox(coordinatorId).stream().map(this::view).toList();
    }

    /** The coordinator saw the alert; kept with who and when. */
    @PostMapping("/api/coordinators/{coordinatorId}/alerts/{alertId}/acknowledgement")
    AlertView acknowledge(@PathVariable String coordinatorId, @PathVariable String alertId) {
        return alerts.acknowledge(coordinatorId, alertId, Callers.current().name()).map(this::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No alert " + alertId + " for " + coordinatorId));
    }
}
