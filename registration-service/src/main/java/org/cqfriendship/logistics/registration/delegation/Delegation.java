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
 */
@Document("delegations")
public record Delegation(@Id String id, String locality, String country, DelegationKind kind, String coordinatorId,
                         String notes, List<Member> members, Instant registeredAt, String idempotencyKey,
                         String requestFingerprint, @Version Long version, List<OutboxMessage> outbox) {
}
