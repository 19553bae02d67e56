package org.cqfriendship.logistics.accreditation.badges;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One badge, by its number: whose it is, which generation, and where it stands. A member has one
 * ACTIVE badge at a time; a reissue revokes the ones before it (decision 84).
 */
@Document("badges")
public record Badge(@Id String number, String memberId, String delegationId, int generation, Status status,
                    Instant issuedAt, @Nullable Instant revokedAt, @Nullable Instant printedAt, @Nullable Instant collectedAt) {

    public enum Status { ACTIVE, REVOKED }

    static Badge issued(String number, String memberId, String delegationId, int generation, Instant at) {
        return new Badge(number, memberId, delegationId, generation, Status.ACTIVE, at, null, null, null);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** printed, collected or revoked, for the delegation's page. */
    public String state() {
        return status == Status.REVOKED ? "revoked" : collectedAt != null ? "collected" : printedAt != null ? "printed" : "issued";
    }
}
