package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registered delegation, known to people by its short {@code reference} ({@link DelegationReferences}),
 * in the facets its changes are told by: the {@link Details} everyone may see, the
 * {@link PrivateDetails} only the delegation and staff see, and its members. The {@link Intake}
 * remembers the request that registered it, so the same request sent again gets the same answer.
 * The {@code outbox} holds the events of its last changes until the relay has published them, so
 * that state and events are written in one document write.
 * The secret edit link is derived from the id and {@code linkGeneration} ({@code DelegationLinks})
 * and never stored; raising the generation revokes every link sent before.
 *
 * <p>The facets are unwrapped in the stored document: their fields sit beside the others under the
 * names the queries and indexes use ({@code locality}, {@code idempotencyKey}…).
 */
@Document("delegations")
public record Delegation(@Id String id, String reference, @Unwrapped.Empty Details details, @Unwrapped.Empty PrivateDetails privately,
                         @Nullable String coordinatorId, List<Member> members, Instant registeredAt, String language,
                         @Nullable ConfirmationMail confirmation, @Unwrapped.Empty Intake intake, @Nullable Integer linkGeneration,
                         @Version @Nullable Long version, List<OutboxMessage> outbox) {

    /** Who the delegation is and how it takes part, as everyone may see it (told in DelegationDetailsChanged). */
    public record Details(String locality, String country, DelegationKind kind, Participation participation,
                          @Nullable String hotpotTeamName, @Nullable StallApplication stall) {
    }

    /** What only the delegation and staff see: its contact and its notes (a change is told without them). */
    public record PrivateDetails(Contact contact, @Nullable String notes) {
    }

    /** The request that registered the delegation: its idempotency key and a digest of what it asked for. */
    public record Intake(@Nullable String idempotencyKey, @Nullable String requestFingerprint) {
    }

    public Delegation withOutbox(List<OutboxMessage> messages) {
        return new Delegation(id, reference, details, privately, coordinatorId, members, registeredAt, language, confirmation, intake,
                linkGeneration, version, messages);
    }

    public Delegation withVersion(Long newVersion) {
        return new Delegation(id, reference, details, privately, coordinatorId, members, registeredAt, language, confirmation, intake,
                linkGeneration, newVersion, outbox);
    }

    public Delegation withMembers(List<Member> newMembers) {
        return withDetails(details, privately, newMembers);
    }

    public Delegation withCoordinator(@Nullable String newCoordinatorId) {
        return new Delegation(id, reference, details, privately, newCoordinatorId, members, registeredAt, language, confirmation, intake,
                linkGeneration, version, outbox);
    }

    /** The same delegation with what the delegation itself may change replaced. */
    public Delegation withDetails(Details newDetails, PrivateDetails newPrivately, List<Member> newMembers) {
        return new Delegation(id, reference, newDetails, newPrivately, coordinatorId, newMembers, registeredAt, language, confirmation,
                intake, linkGeneration, version, outbox);
    }

    /** The generation its secret links must carry (0 until staff first revoke them). */
    public int currentLinkGeneration() {
        return linkGeneration == null ? 0 : linkGeneration;
    }

    /** The same delegation with every link it had revoked. */
    public Delegation withLinksRevoked() {
        return new Delegation(id, reference, details, privately, coordinatorId, members, registeredAt, language, confirmation, intake,
                currentLinkGeneration() + 1, version, outbox);
    }

    public Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst();
    }
}
