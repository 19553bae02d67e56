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
 * {@code editLinkHash} is the SHA-256 of the secret edit link's token; the token itself is
 * never stored.
 */
@Document("delegations")
public record Delegation(@Id String id, String locality, String country, DelegationKind kind, Participation participation,
                         Contact contact, String coordinatorId, String notes, String hotpotTeamName, List<Member> members,
                         Instant registeredAt, String editLinkHash, String idempotencyKey, String requestFingerprint,
                         @Version Long version, List<OutboxMessage> outbox) {

    public Delegation withOutbox(List<OutboxMessage> messages) {
        return new Delegation(id, locality, country, kind, participation, contact, coordinatorId, notes, hotpotTeamName,
                members, registeredAt, editLinkHash, idempotencyKey, requestFingerprint, version, messages);
    }

    public java.util.Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }
}
