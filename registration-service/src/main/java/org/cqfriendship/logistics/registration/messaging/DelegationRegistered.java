package org.cqfriendship.logistics.registration.messaging;

import java.time.Instant;
import java.util.List;
import org.cqfriendship.logistics.registration.delegation.StallApplication;
import org.jspecify.annotations.Nullable;

/** Contract: contracts/schemas/DelegationRegistered.schema.json. No personal documents. */
record DelegationRegistered(String delegationId, long delegationVersion, String locality, String country, String kind,
                            String participation, @Nullable String coordinatorId, @Nullable String hotpotTeamName,
                            @Nullable StallApplication stall, Instant registeredAt,
                            List<MemberEvent> members) {
}
