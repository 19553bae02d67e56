package org.cqfriendship.logistics.itinerary.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.support.validation.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Programme staff's API: the sessions, publishing, moving and cancelling one (each audited by {@link StoredProgramme}). */
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

    /**
     * A session to publish. {@code id} is how delegations sign up for it (lower case, digits and
     * dashes); {@code capacity} null means no seat limit.
     */
    record NewSession(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,58}[a-z0-9]", message = "{session.id.pattern}") String id,
                      @NotBlank @Size(max = 200) @PlainText String title, @NotBlank @Size(max = 200) @PlainText String venue,
                      @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @Min(1) @Max(100_000) Integer capacity,
                      @Size(max = 12) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{session.language.pattern}") String> interpretation,
                      @Size(max = 200) @PlainText String meal, Boolean dropIn, @Size(max = 60) String partOf,
                      Map<String, Session.Texts> translations) {

        /** {@code title}, {@code venue} and {@code meal} are the English; {@code translations} the same in zh, ru, fr and es. */
        Session session() {
            return new Session(id, title.strip(), venue.strip(), startsAt, endsAt, false, Boolean.TRUE.equals(dropIn), capacity,
                    interpretation, meal, partOf, SessionTranslations.checked(translations));
        }
    }

    @PostMapping
    ResponseEntity<Session> publish(@Valid @RequestBody NewSession session) {
        Session published = programme.publish(session.session());
        return ResponseEntity.created(URI.create("/api/sessions/" + published.id())).body(published);
    }

    record Schedule(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt, @Size(max = 200) @PlainText @Nullable String venue) {
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
