package org.cqfriendship.logistics.registration.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.registration.delegation.DelegationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/delegations/{id}/parts/{eventId}}: programme staff put a delegation at a part of an event. */
@RestController
class PartAssignmentController {

    private final PartAssignments assignments;

    PartAssignmentController(PartAssignments assignments) {
        this.assignments = assignments;
    }

    /** {@code partId}: the part (a session whose {@code partOf} is the event), or null for none. */
    record Assignment(@Size(max = 60) String partId) {
    }

    @PutMapping("/api/delegations/{id}/parts/{eventId}")
    ResponseEntity<DelegationView> assign(@PathVariable String id, @PathVariable String eventId,
                                          @Valid @RequestBody @NotNull Assignment body) {
        return DelegationView.answer(assignments.assign(id, eventId, body.partId()));
    }
}
