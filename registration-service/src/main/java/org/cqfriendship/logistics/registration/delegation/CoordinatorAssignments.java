package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Programme staff's choice of a delegation's liaison coordinator, through the API or the
 * delegations page: published by {@link DelegationService#assignCoordinator} and audited here.
 */
@Component
public class CoordinatorAssignments {

    private final DelegationService delegations;
    private final AuditLog audit;

    CoordinatorAssignments(DelegationService delegations, AuditLog audit) {
        this.delegations = delegations;
        this.audit = audit;
    }

    /** Gives {@code current} the coordinator {@code coordinatorId} (null removes it). */
    public Delegation assign(Delegation current, @Nullable String coordinatorId) {
        Delegation changed = delegations.assignCoordinator(current.id(), coordinatorId);
        Map<String, String> details = new HashMap<>();
        details.put("from", String.valueOf(current.coordinatorId()));
        details.put("to", String.valueOf(coordinatorId));
        audit.record("coordinator.assigned", current.id(), details);
        return changed;
    }
}
