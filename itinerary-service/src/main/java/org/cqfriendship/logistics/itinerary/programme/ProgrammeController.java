package org.cqfriendship.logistics.itinerary.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** Programme staff's API: the sessions, moving one, cancelling one (both audited by {@link StoredProgramme}). */
@RestController
@RequestMapping("/api/sessions")
class ProgrammeController {

    private final StoredProgramme programme;

    ProgrammeController(StoredProgramme programme) {
        this.programme = programme;
    }

    @GetMapping
    List<StoredProgramme.SessionView> sessions() {
        return programme.all();
    }

    record Schedule(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @Size(max = 200) String venue) {
    }

    @PutMapping("/{id}/schedule")
    Session reschedule(@PathVariable String id, @Valid @RequestBody Schedule schedule) {
        return programme.reschedule(id, schedule.startsAt(), schedule.endsAt(), schedule.venue());
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String id) {
        programme.cancel(id);
        return ResponseEntity.noContent().build();
    }
}
