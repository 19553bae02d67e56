package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.registration.delegation.DelegationRequest.ArrivalRequest;
import org.cqfriendship.logistics.registration.delegation.DelegationRequest.MemberRequest;
import org.cqfriendship.logistics.support.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Service
public class DelegationService {

    private final DelegationRepository delegations;
    private final RegistrationEventOutbox events;
    private final OutboxRelay relay;
    private final Clock clock;

    DelegationService(DelegationRepository delegations, RegistrationEventOutbox events, OutboxRelay relay, Clock clock) {
        this.delegations = delegations;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** What a create did: the delegation, and whether it was created now or earlier under the same key. */
    public record Registration(Delegation delegation, boolean replayed) {
    }

    /**
     * Registers a delegation and its {@code DelegationRegistered} event in one document write. With
     * an idempotency key, a repeat of the same request returns the first registration and creates
     * nothing; the same key with a different request is refused.
     */
    public Registration register(DelegationRequest request, String idempotencyKey) {
        String fingerprint = fingerprint(request);
        if (idempotencyKey != null) {
            Optional<Delegation> earlier = delegations.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint);
            }
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<Member> members = request.members().stream().map(DelegationService::member).toList();
        Delegation draft = new Delegation(id, request.locality().strip(), request.country(), request.kind(),
                request.coordinatorId(), request.notes(), members, now, idempotencyKey, fingerprint, null, List.of());
        Delegation delegation = withOutbox(draft, List.of(events.registered(draft)));
        try {
            Delegation saved = delegations.insert(delegation);
            relay.wakeUp();
            return new Registration(saved, false);
        } catch (DuplicateKeyException raced) {
            // A concurrent request with the same key won; answer with its result.
            return replay(delegations.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> raced), fingerprint);
        }
    }

    public Optional<Delegation> find(String id) {
        return delegations.findById(id);
    }

    public List<Delegation> all() {
        return delegations.findAll(Sort.by("registeredAt", "id"));
    }

    private static Registration replay(Delegation earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.requestFingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        return new Registration(earlier, true);
    }

    private static Delegation withOutbox(Delegation d, List<org.cqfriendship.logistics.support.outbox.OutboxMessage> outbox) {
        return new Delegation(d.id(), d.locality(), d.country(), d.kind(), d.coordinatorId(), d.notes(), d.members(),
                d.registeredAt(), d.idempotencyKey(), d.requestFingerprint(), d.version(), outbox);
    }

    private static Member member(MemberRequest request) {
        ArrivalRequest a = request.arrival();
        Arrival arrival = a == null ? null
                : new Arrival(a.mode(), blankToNull(a.carrier()), blankToNull(a.number()), a.port().strip(), a.scheduledAt().toInstant());
        return new Member(UUID.randomUUID().toString(), request.role(), blankToNull(request.givenName()),
                request.familyName().strip(), arrival, List.copyOf(request.attendsOrEmpty()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A digest of the request, to tell a genuine retry from a different request under a reused key. */
    private static String fingerprint(DelegationRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
