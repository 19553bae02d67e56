package org.cqfriendship.logistics.registration.messaging;

import java.time.Instant;
import java.util.List;
import org.cqfriendship.logistics.registration.delegation.StallApplication;

/** Contract: contracts/schemas/DelegationRegistered.schema.json. No personal documents. */
record DelegationRegistered(String delegationId, long delegationVersion, String locality, String country, String kind,
                            String participation, String coordinatorId, String hotpotTeamName,
                            StallApplication stall, Instant registeredAt,
                            List<MemberEvent> members) {
}
