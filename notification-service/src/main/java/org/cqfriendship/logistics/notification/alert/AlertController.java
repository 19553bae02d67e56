package org.cqfriendship.logistics.notification.alert;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
class AlertController {

    private final AlertService alerts;

    AlertController(AlertService alerts) {
        this.alerts = alerts;
    }

    record AlertView(String id, String delegationId, String locality, AlertKind kind, boolean urgent, String title,
                     String message, Instant createdAt, Delivery.Status email) {
    }

    /** The coordinator's inbox, newest first. */
    @GetMapping("/api/coordinators/{coordinatorId}/alerts")
    List<AlertView> inbox(@PathVariable String coordinatorId) {
        return alerts.inbox(coordinatorId).stream().map(a -> new AlertView(a.id(), a.delegationId(), a.locality(), a.kind(),
                a.urgent(), a.title(), a.message(), a.createdAt(), a.email().status())).toList();
    }
}
