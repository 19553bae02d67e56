package org.cqfriendship.logistics.notification.alert;

import java.util.List;

/**
 * What happens to alerts, as the alert package tells the rest of the service (application
 * events, answered in the same thread before the write that raised them returns): the workload
 * figures, the published alert events, the channels' deliveries and the live inboxes follow these
 * rather than being called one by one.
 */
public final class AlertFacts {

    private AlertFacts() {
    }

    /**
     * These alerts are about to be inserted (a batch tried again names them again, so listeners
     * must take a repeat calmly). Raised before the insert, so that a crash between the two leaves
     * a note of an alert rather than an alert without its note.
     */
    public record Opening(List<Alert> alerts) {
    }

    /**
     * The alert is in an inbox: new ({@code joined} false: its channels send it when its deliveries
     * are due), or changed in place (a held one that another change joined, or an acknowledged one)
     * for the live pages.
     */
    public record Recorded(Alert alert, boolean joined) {
    }

    /** The alert is acknowledged (raised again when someone acknowledges it again). */
    public record Acknowledged(Alert alert) {
    }

    /** The duty manager was told of the alert once more. */
    public record Escalated(Alert alert) {
    }

    /** Whether an alert is a coordinator's to acknowledge: not a delegate's own, not the duty manager's copy. */
    static boolean forCoordinator(Alert alert) {
        return !alert.forDelegate() && !alert.escalation().isCopy() && alert.coordinatorId() != null;
    }
}
