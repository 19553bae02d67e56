package org.cqfriendship.logistics.registration.programme;

import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationService;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import java.util.HashMap;
import java.util.Map;

/**
 * Programme staff put delegations at the parts of events: which table block of the trade
 * matchmaking, which heat of the hotpot contest, which stall slot of the food carnival. It is a
 * change of the delegation's sign-ups ({@link DelegationService#assignPart}), audited, offered by
 * the API ({@link PartAssignmentController}) and a page ({@link PartsPage}).
 */
@Service
class PartAssignments {

    private final DelegationService delegations;
    private final Programme programme;
    private final AuditLog audit;

    PartAssignments(DelegationService delegations, Programme programme, AuditLog audit) {
        this.delegations = delegations;
        this.programme = programme;
        this.audit = audit;
    }

    /** Puts the delegation at {@code partId} of the event (null: at none); 404 for an event without parts. */
    Delegation assign(String delegationId, String eventId, @Nullable String partId) {
        Programme.EventParts event = programme.eventsWithParts(LocaleContextHolder.getLocale()).stream()
                .filter(e -> e.event().code().equals(eventId)).findFirst().orElseThrow(() -> {
                    ErrorResponseException missing = new ErrorResponseException(HttpStatus.NOT_FOUND);
                    missing.getBody().setDetail("There is no event " + eventId + " with parts on the programme.");
                    return missing;
                });
        Delegation changed = delegations.assignPart(delegationId, eventId, event.parts().stream().map(Programme.Option::code).toList(),
                partId);
        Map<String, String> details = new HashMap<>();
        details.put("eventId", eventId);
        details.put("partId", String.valueOf(partId));
        audit.record("part.assigned", delegationId, details);
        return changed;
    }
}
