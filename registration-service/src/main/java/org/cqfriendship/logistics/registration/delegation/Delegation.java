package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A registered delegation. The {@code outbox} holds the events of its last changes until the
 * relay has published them, so that state and events are written in one document write.
 * The secret edit link is derived from the id ({@code DelegationLinks}) and never stored.
 */
@Document("delegations")
public record Delegation(@Id String id, String locality, String country, DelegationKind kind, Participation participation,
                         Contact contact, String coordinatorId, String notes, String hotpotTeamName, List<Member> members,
                         Instant registeredAt, String language, ConfirmationMail confirmation,
                         String idempotencyKey, String requestFingerprint, @Version Long version, List<OutboxMessage> outbox) {

    public Delegation withOutbox(List<OutboxMessage> messages) {
        return new Delegation(id, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, version, messages);
    }

    public Delegation withVersion(Long newVersion) {
        return new Delegation(id, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, newVersion, outbox);
    }

    public Delegation withMembers(List<Member> newMembers) {
        return new Delegation(id, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                newMembers, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, version, outbox);
    }

    public Delegation withCoordinator(String newCoordinatorId) {
        return new Delegation(id, locality, country, kind, participation, contact, newCoordinatorId, notes, hotpotTeamName,
                members, registeredAt, language, confirmation, idempotencyKey, requestFingerprint, version, outbox);
    }

    /** The same delegation with what the delegation itself may change replaced. */
    public Delegation withDetails(String newLocality, String newCountry, DelegationKind newKind, Participation newParticipation,
                                  Contact newContact, String newNotes, String newHotpotTeamName, List<Member> newMembers) {
        return new Delegation(id, newLocality, newCountry, newKind, newParticipation, newContact, coordinatorId, newNotes,
                newHotpotTeamName, newMembers, registeredAt, language, confirmation, idempotencyKey,
                requestFingerprint, version, outbox);
    }

    public java.util.Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }
}
