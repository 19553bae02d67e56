package org.cqfriendship.logistics.registration.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

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
        DelegationService.Registration registration = service.register(request, idempotencyKey);
        Delegation delegation = registration.delegation();
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(delegation.id()).toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(DelegationView.of(delegation));
    }

    @GetMapping("/{id}")
    DelegationView get(@PathVariable String id) {
        return service.find(id).map(DelegationView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No delegation " + id));
    }

    @GetMapping
    List<DelegationView.Summary> list() {
        return service.all().stream().map(DelegationView::summary).toList();
    }
}
