package org.cqfriendship.logistics.notification.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The operations console as JSON, for scripts and other dashboards (OPERATIONS). */
@RestController
class OperationsApi {

    private final ServiceProbe services;
    private final ConsumerLag lag;
    private final DeliveryHealth deliveries;
    private final DeadLetters deadLetters;
    private final DelegationFlow flow;

    OperationsApi(ServiceProbe services, ConsumerLag lag, DeliveryHealth deliveries, DeadLetters deadLetters, DelegationFlow flow) {
        this.services = services;
        this.lag = lag;
        this.deliveries = deliveries;
        this.deadLetters = deadLetters;
        this.flow = flow;
    }

    @GetMapping("/api/operations/services")
    List<ServiceProbe.ServiceStatus> services() {
        return services.all();
    }

    @GetMapping("/api/operations/lag")
    List<ConsumerLag.PartitionLag> lag() throws Exception {
        return lag.now();
    }

    @GetMapping("/api/operations/lag/history")
    List<ConsumerLag.Sample> lagHistory() {
        return lag.history();
    }

    @GetMapping("/api/operations/deliveries")
    DeliveryHealth.Report deliveries() {
        return deliveries.now();
    }

    @GetMapping("/api/operations/dead-letters")
    List<DeadLetters.DeadLetter> deadLetters() {
        return deadLetters.all();
    }

    @GetMapping("/api/operations/flows/{delegationId}")
    List<DelegationFlow.Step> flow(@PathVariable String delegationId) {
        return flow.ofDelegation(delegationId);
    }

    @GetMapping("/api/operations/traces/{traceId}")
    List<DelegationFlow.Step> trace(@PathVariable String traceId) {
        return flow.ofTrace(traceId);
    }

    /** Which dead letter to send back, and optionally its corrected body. */
    record ReplayRequest(@NotBlank @Size(max = 249) String topic, @Min(0) int partition, @Min(0) long offset,
                         @Size(max = 1_000_000) String body) {
    }

    record Replayed(int replayed) {
    }

    /** Every dead letter not replayed yet goes back to its topic, unchanged. */
    @PostMapping("/api/operations/dead-letters/replay-all")
    Replayed replayAll() throws Exception {
        return new Replayed(deadLetters.replayAll(Callers.current().name()));
    }

    @PostMapping("/api/operations/dead-letters/replay")
    DeadLetters.Replay replay(@Valid @RequestBody ReplayRequest request) throws Exception {
        return deadLetters.replay(request.topic(), request.partition(), request.offset(), request.body(), Callers.current().name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No dead letter at " + request.topic() + ":" + request.partition() + ":" + request.offset()));
    }
}
