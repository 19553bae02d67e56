package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.audit.AuditLog;
import org.cqfriendship.logistics.support.security.Callers;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;

/**
 * The delegations API. Reads answer an {@code ETag} with the delegation's version; every change
 * must send it back as {@code If-Match}, so a stale copy gets 412 instead of overwriting.
 * A delegation the caller may not see answers 404, as if it did not exist (roles: RegistrationAccess);
 * what programme staff change is recorded in the audit log.
 */
@RestController
@RequestMapping("/api/delegations")
@Validated
class DelegationController {

    private final DelegationService service;
    private final CoordinatorAssignments coordinators;
    private final AuditLog audit;
    private final EditLinks editLinks;

    DelegationController(DelegationService service, CoordinatorAssignments coordinators, AuditLog audit, EditLinks editLinks) {
        this.service = service;
        this.coordinators = coordinators;
        this.audit = audit;
        this.editLinks = editLinks;
    }

    @PostMapping
    ResponseEntity<DelegationView> register(@Valid @RequestBody DelegationRequest request,
                                            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        DelegationService.Registration registration = service.register(request, idempotencyKey, LocaleContextHolder.getLocale());
        Delegation delegation = registration.delegation();
        if (!registration.replayed() && delegation.coordinatorId() != null) {
            // Kept open to the public form and API (the foundation contract sends one); recorded so
            // programme staff can see who named a coordinator, and change it (docs/security.md).
            audit.record("coordinator.assigned", delegation.id(), Map.of("to", delegation.coordinatorId(), "when", "registered"));
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(delegation.id()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .eTag(etag(delegation))
                .header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(DelegationView.of(delegation).withSecretLink(editLinks.urlFor(delegation), editLinks.tokenFor(delegation)));
    }

    @GetMapping("/{id}")
    ResponseEntity<DelegationView> get(@PathVariable String id) {
        return answer(visible(id));
    }

    /** The delegations the caller serves (all of them for programme staff), or the one with a short reference among them. */
    @GetMapping
    List<DelegationView.Summary> list(@RequestParam(required = false) String reference) {
        Caller caller = Callers.current();
        List<Delegation> found = reference == null ? service.all() : service.byReference(reference).stream().toList();
        return found.stream().filter(d -> caller.maySee(d.id(), d.coordinatorId())).map(DelegationView::summary).toList();
    }

    /** Changes the registration to the body; members with an id are kept, new ones added, missing ones withdrawn. */
    @PutMapping("/{id}")
    ResponseEntity<DelegationView> update(@PathVariable String id, @Valid @RequestBody DelegationRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        changeable(id);
        Delegation changed = service.update(id, expectedVersion(ifMatch), request);
        auditChange("delegation.changed", id, Map.of("version", String.valueOf(changed.version())));
        return answer(changed);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    ResponseEntity<DelegationView> withdraw(@PathVariable String id, @PathVariable String memberId,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        changeable(id);
        Delegation changed = service.withdraw(id, memberId, expectedVersion(ifMatch));
        auditChange("member.withdrawn", id, Map.of("memberId", memberId));
        return answer(changed);
    }

    record CoordinatorAssignment(@Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+",
            message = "{delegation.coordinatorId.pattern}") String coordinatorId) {
    }

    /** Programme staff assign a delegation's liaison coordinator (null removes it). */
    @PutMapping("/{id}/coordinator")
    ResponseEntity<DelegationView> assignCoordinator(@PathVariable String id, @Valid @RequestBody @NotNull CoordinatorAssignment body) {
        return answer(coordinators.assign(visible(id), body.coordinatorId()));
    }

    /** Programme staff erase a delegate's personal documents. */
    @PostMapping("/{id}/members/{memberId}/document-erasure")
    ResponseEntity<DelegationView> eraseDocuments(@PathVariable String id, @PathVariable String memberId) {
        Delegation erased = service.eraseDocuments(id, memberId);
        audit.record("documents.erased", id, Map.of("memberId", memberId));
        return answer(erased);
    }

    /**
     * Programme staff revoke every secret link of a delegation (one leaked, or reached the wrong
     * person): links sent before open nothing in any service, and the contact gets a new one by email.
     */
    @PostMapping("/{id}/link-revocation")
    ResponseEntity<Map<String, Object>> revokeLinks(@PathVariable String id) {
        boolean sent = service.revokeLinks(id);
        audit.record("links.revoked", id, Map.of("newLinkSent", String.valueOf(sent)));
        return ResponseEntity.ok(Map.of("delegationId", id, "newLinkSent", sent));
    }

    private Delegation visible(String id) {
        Delegation delegation = service.find(id).orElseThrow(() -> new DelegationNotFoundException(id));
        if (!Callers.current().maySee(delegation.id(), delegation.coordinatorId())) {
            throw new DelegationNotFoundException(id);
        }
        return delegation;
    }

    private void changeable(String id) {
        if (!Callers.current().mayChange(id)) {
            throw new DelegationNotFoundException(id);
        }
    }

    /** Every change is audited, by whoever made it: programme staff, or the delegation through its link ({@code delegation:<id>}). */
    private void auditChange(String action, String id, Map<String, String> details) {
        audit.record(action, id, details);
    }

    private static ResponseEntity<DelegationView> answer(Delegation delegation) {
        return DelegationView.answer(delegation);
    }

    private static String etag(Delegation delegation) {
        return DelegationView.etag(delegation);
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
