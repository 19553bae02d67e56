package org.cqfriendship.logistics.itinerary.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Programme staff's API: the sessions, moving one, cancelling one (both audited). */
@RestController
@RequestMapping("/api/sessions")
class ProgrammeController {

    private final StoredProgramme programme;
    private final AuditLog audit;

    ProgrammeController(StoredProgramme programme, AuditLog audit) {
        this.programme = programme;
        this.audit = audit;
    }

    @GetMapping
    List<StoredProgramme.SessionView> sessions() {
        return programme.all();
    }

    record Schedule(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @Size(max = 200) String venue) {
    }

    @PutMapping("/{id}/schedule")
    Session reschedule(@PathVariable String id, @Valid @RequestBody Schedule schedule) {
        Session moved = programme.reschedule(id, schedule.startsAt(), schedule.endsAt(), schedule.venue());
        audit.record("session.rescheduled", id, Map.of("startsAt", schedule.startsAt().toString(),
                "endsAt", schedule.endsAt().toString(), "venue", String.valueOf(schedule.venue())));
        return moved;
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        programme.cancel(id);
        audit.record("session.cancelled", id, Map.of());
        return ResponseEntity.noContent().build();
    }
}
