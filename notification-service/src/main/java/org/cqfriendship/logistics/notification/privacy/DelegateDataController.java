package org.cqfriendship.logistics.notification.privacy;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertService;
import org.cqfriendship.logistics.notification.coordinator.Recipients;
import org.cqfriendship.logistics.notification.delegate.ContactChecks;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything this service holds about one delegate who asked for alerts, for programme staff and
 * for their delegation through its link: where they are reached (and whether they confirmed it),
 * confirmation requests still to send, and the alerts sent to them.
 */
@RestController
class DelegateDataController {

    private final DelegateDirectory delegates;
    private final ContactChecks checks;
    private final AlertService alerts;
    private final AuditLog audit;
    private final Clock clock;

    DelegateDataController(DelegateDirectory delegates, ContactChecks checks, AlertService alerts, AuditLog audit, Clock clock) {
        this.delegates = delegates;
        this.checks = checks;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/delegates/{memberId}/export")
    Map<String, Object> export(@PathVariable String memberId) {
        Caller caller = Callers.current();
        Delegate delegate = delegates.find(memberId)
                .filter(found -> caller.has(Role.PROGRAMME) || found.delegationId().equals(caller.delegationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No delegate " + memberId + " here"));
        audit.record("person.exported", delegate.delegationId(), Map.of("memberId", memberId));
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("service", "notification-service");
        held.put("exportedAt", clock.instant().toString());
        held.put("delegate", delegate);
        held.put("confirmationRequestsToSend", checks.of(memberId).stream()
                .map(check -> Map.of("kind", check.kind().name(), "address", check.address(), "dueAt", check.dueAt().toString())).toList());
        held.put("alertsSent", alerts.inbox(Recipients.ofDelegate(memberId)).stream().map(DelegateDataController::summary).toList());
        return held;
    }

    private static Map<String, Object> summary(Alert alert) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", alert.id());
        summary.put("createdAt", alert.createdAt().toString());
        summary.put("kind", alert.kind().name());
        summary.put("urgent", alert.urgent());
        summary.put("parts", alert.parts());
        summary.put("deliveries", alert.deliveries());
        summary.put("acknowledgedAt", alert.acknowledgement() == null ? null : alert.acknowledgement().at().toString());
        return summary;
    }
}
