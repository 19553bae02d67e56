package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
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
                     String message, Instant createdAt, Delivery.Status email, Instant acknowledgedAt, String acknowledgedBy) {

        static AlertView of(Alert a) {
            return new AlertView(a.id(), a.delegationId(), a.locality(), a.kind(), a.urgent(), a.title(), a.message(),
                    a.createdAt(), a.email().status(), a.acknowledgedAt(), a.acknowledgedBy());
        }
    }

    /** The coordinator's inbox, newest first. */
    @GetMapping("/api/coordinators/{coordinatorId}/alerts")
    List<AlertView> inbox(@PathVariable String coordinatorId) {
        return alerts.inbox(coordinatorId).stream().map(AlertView::of).toList();
    }

    /** The coordinator saw the alert; kept with who and when. */
    @PostMapping("/api/coordinators/{coordinatorId}/alerts/{alertId}/acknowledgement")
    AlertView acknowledge(@PathVariable String coordinatorId, @PathVariable String alertId) {
        return alerts.acknowledge(coordinatorId, alertId, Caller.current().name()).map(AlertView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No alert " + alertId + " for " + coordinatorId));
    }
}
