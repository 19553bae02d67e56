package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registered delegation, known to people by its short {@code reference} ({@link DelegationReferences}).
 * The {@code outbox} holds the events of its last changes until the relay has published them, so
 * that state and events are written in one document write.
 * The secret edit link is derived from the id and {@code linkGeneration} ({@code DelegationLinks})
 * and never stored; raising the generation revokes every link sent before.
 */
@Document("delegations")
public record Delegation(@Id String id, String reference, String locality, String country, DelegationKind kind,
                         Participation participation, Contact contact, @Nullable String coordinatorId, @Nullable String notes,
                         @Nullable String hotpotTeamName, @Nullable StallApplication stall, List<Member> members, Instant registeredAt,
                         String language, @Nullable ConfirmationMail confirmation, @Nullable String idempotencyKey,
                         @Nullable String requestFingerprint, @Nullable Integer linkGeneration, @Version @Nullable Long version,
                         List<OutboxMessage> outbox) {

    public Delegation withOutbox(List<OutboxMessage> messages) {
        return new Delegation(id, reference, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                stall, members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, linkGeneration, version, messages);
    }

    public Delegation withVersion(Long newVersion) {
        return new Delegation(id, reference, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                stall, members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, linkGeneration, newVersion, outbox);
    }

    public Delegation withMembers(List<Member> newMembers) {
        return new Delegation(id, reference, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                stall, newMembers, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, linkGeneration, version, outbox);
    }

    public Delegation withCoordinator(@Nullable String newCoordinatorId) {
        return new Delegation(id, reference, locality, country, kind, participation, contact, newCoordinatorId, notes, hotpotTeamName,
                stall, members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, linkGeneration, version, outbox);
    }

    /** The same delegation with what the delegation itself may change replaced. */
    public Delegation withDetails(String newLocality, String newCountry, DelegationKind newKind, Participation newParticipation,
                                  Contact newContact, @Nullable String newNotes, @Nullable String newHotpotTeamName,
                                  @Nullable StallApplication newStall,
                                  List<Member> newMembers) {
        return new Delegation(id, reference, newLocality, newCountry, newKind, newParticipation, newContact, coordinatorId, newNotes,
                newHotpotTeamName, newStall, newMembers, registeredAt, language, confirmation, idempotencyKey,
                requestFingerprint, linkGeneration, version, outbox);
    }

    /** The generation its secret links must carry (0 until staff first revoke them). */
    public int currentLinkGeneration() {
        return linkGeneration == null ? 0 : linkGeneration;
    }

    /** The same delegation with every link it had revoked. */
    public Delegation withLinksRevoked() {
        return new Delegation(id, reference, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                stall, members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, currentLinkGeneration() + 1, version,
                outbox);
    }

    public Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }
}
