package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The delegations API. Reads answer an {@code ETag} with the delegation's version; every change
 * must send it back as {@code If-Match}, so a stale copy gets 412 instead of overwriting.
 */
@RestController
@RequestMapping("/api/delegations")
@Validated
class DelegationController {

    private final DelegationService service;

    DelegationController(DelegationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<DelegationView> register(@Valid @RequestBody DelegationRequest request,
                                            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        DelegationService.Registration registration = service.register(request, idempotencyKey, LocaleContextHolder.getLocale());
        Delegation delegation = registration.delegation();
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(delegation.id()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .eTag(etag(delegation))
                .header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(DelegationView.of(delegation));
    }

    @GetMapping("/{id}")
    ResponseEntity<DelegationView> get(@PathVariable String id) {
        return answer(service.find(id).orElseThrow(() -> new DelegationNotFoundException(id)));
    }

    @GetMapping
    List<DelegationView.Summary> list() {
        return service.all().stream().map(DelegationView::summary).toList();
    }

    /** Changes the registration to the body; members with an id are kept, new ones added, missing ones withdrawn. */
    @PutMapping("/{id}")
    ResponseEntity<DelegationView> update(@PathVariable String id, @Valid @RequestBody DelegationRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.update(id, expectedVersion(ifMatch), request));
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<DelegationView> withdraw(@PathVariable String id, @PathVariable String memberId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(service.withdraw(id, memberId, expectedVersion(ifMatch)));
    }

    record CoordinatorAssignment(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
            message = "{delegation.coordinatorId.pattern}") String coordinatorId) {
    }

    /** Programme staff assign a delegation's liaison coordinator (null removes it). */
    @PutMapping("/{id}/coordinator")
    ResponseEntity<DelegationView> assignCoordinator(@PathVariable String id, @Valid @RequestBody @NotNull CoordinatorAssignment body) {
        return answer(service.assignCoordinator(id, body.coordinatorId()));
    }

    /** Programme staff erase a delegate's personal documents. */
    @PostMapping("/{id}/members/{memberId}/document-erasure")
    ResponseEntity<DelegationView> eraseDocuments(@PathVariable String id, @PathVariable String memberId) {
        return answer(service.eraseDocuments(id, memberId));
    }

    private static ResponseEntity<DelegationView> answer(Delegation delegation) {
        return ResponseEntity.ok().eTag(etag(delegation)).body(DelegationView.of(delegation));
    }

    private static String etag(Delegation delegation) {
        return "\"" + delegation.version() + "\"";
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            ErrorResponseException missing = new ErrorResponseException(HttpStatus.PRECONDITION_REQUIRED);
            missing.getBody().setTitle("If-Match needed");
            missing.getBody().setDetail("Send the ETag of the registration you read as If-Match, so no change of somebody else is overwritten.");
            throw missing;
        }
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw new StaleVersionException(null);
        }
    }
}
