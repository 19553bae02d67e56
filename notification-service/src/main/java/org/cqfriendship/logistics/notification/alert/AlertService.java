package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.notification.coordinator.CoordinatorDirectory;
import org.cqfriendship.logistics.notification.email.EmailDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final CoordinatorDirectory directory;
    private final EmailDispatcher email;
    private final Clock clock;

    AlertService(AlertRepository alerts, CoordinatorDirectory directory, EmailDispatcher email, Clock clock) {
        this.alerts = alerts;
        this.directory = directory;
        this.email = email;
        this.clock = clock;
    }

    /** A change to tell a delegation's coordinator about. */
    public record Change(String eventId, String delegationId, String coordinatorId, String locality, AlertKind kind,
                         boolean urgent, String title, String message) {
    }

    /**
     * Puts the alert in the coordinator's inbox with its email pending, in one write. Alerts are
     * keyed by the causing event's id, so a redelivered event changes nothing.
     */
    public void record(Change change) {
        var now = clock.instant();
        Alert alert = new Alert(change.eventId(), directory.inboxOf(change.coordinatorId()), change.delegationId(),
                change.locality(), change.kind(), change.urgent(), change.title(), change.message(), now,
                Delivery.pending(now));
        try {
            alerts.insert(alert);
            email.wakeUp();
        } catch (DuplicateKeyException redelivered) {
            log.debug("Event {} already alerted", change.eventId());
        }
    }

    /** A coordinator's inbox, newest first. */
    public List<Alert> inbox(String coordinatorId) {
        return alerts.findByCoordinatorId(coordinatorId, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }
}
