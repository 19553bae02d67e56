package org.cqfriendship.logistics.registration.messaging;

import org.cqfriendship.logistics.registration.delegation.StallApplication;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Contract: contracts/schemas/DelegationRegistered.schema.json. No personal documents. */
record DelegationRegistered(String delegationId, long delegationVersion, String locality, String country, String kind,
                            String participation, @Nullable String coordinatorId, @Nullable String hotpotTeamName,
                            @Nullable StallApplication stall, Instant registeredAt,
                            List<MemberEvent> members) {
}
