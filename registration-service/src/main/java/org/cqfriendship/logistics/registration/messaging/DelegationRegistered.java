package org.cqfriendship.logistics.registration.messaging;

import java.time.Instant;
import java.util.List;

/** Contract: contracts/schemas/DelegationRegistered.schema.json. No personal documents. */
record DelegationRegistered(String delegationId, long delegationVersion, String locality, String country, String kind,
                            String participation, String coordinatorId, String hotpotTeamName,
                            org.cqfriendship.logistics.registration.delegation.StallApplication stall, Instant registeredAt,
                            List<MemberEvent> members) {
}
