package org.cqfriendship.logistics.registration.messaging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Contract: contracts/schemas/DelegationRegistered.schema.json. No personal documents. */
record DelegationRegistered(String delegationId, String locality, String country, String kind, String coordinatorId,
                            Instant registeredAt, List<RegisteredMember> members) {

    record RegisteredMember(String memberId, String role, String displayName, RegisteredArrival arrival,
                            List<String> attends) {
    }

    record RegisteredArrival(String mode, String carrier, String number, String port, OffsetDateTime scheduledAt) {
    }
}
