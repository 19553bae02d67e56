package org.cqfriendship.logistics.registration.messaging;

import org.cqfriendship.logistics.registration.delegation.StallApplication;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** Contracts: contracts/schemas/&lt;name&gt;.schema.json, one record per event type. */
final class ChangeEvents {

    private ChangeEvents() {
    }

    record DelegateAdded(String delegationId, long delegationVersion, Instant changedAt, MemberEvent member) {
    }

    record DelegateWithdrawn(String delegationId, long delegationVersion, Instant changedAt, String memberId,
                             String displayName) {
    }

    record DelegateDetailsChanged(String delegationId, long delegationVersion, Instant changedAt, String memberId, String role,
                                  String displayName, @Nullable String nativeName, @Nullable String title, String nationality,
                                  MemberEvent.@Nullable Alerts alerts) {
    }

    record TravelPlanChanged(String delegationId, long delegationVersion, Instant changedAt, String memberId,
                             String displayName, MemberEvent.Travel before, MemberEvent.Travel after) {
    }

    record NeedsChanged(String delegationId, long delegationVersion, Instant changedAt, String memberId, String displayName,
                        List<String> languages, List<String> interpretationNeeded, List<String> diets, List<String> allergens,
                        @Nullable String accessibility) {
    }

    record SignupsChanged(String delegationId, long delegationVersion, Instant changedAt, String memberId, String displayName,
                          List<String> attends, List<String> previousAttends, List<String> tradeInterests, boolean hotpotTeam,
                          MemberEvent.@Nullable Remote remote) {
    }

    record CoordinatorAssigned(String delegationId, long delegationVersion, Instant changedAt, @Nullable String coordinatorId,
                               @Nullable String previousCoordinatorId, String locality) {
    }

    record DelegationDetailsChanged(String delegationId, long delegationVersion, Instant changedAt, String locality,
                                    String country, String kind, String participation, @Nullable String hotpotTeamName,
                                    @Nullable StallApplication stall) {
    }

    record DelegateErased(String delegationId, long delegationVersion, Instant changedAt, String memberId) {
    }

    record PrivateDetailsChanged(String delegationId, long delegationVersion, Instant changedAt, @Nullable String memberId,
                                 List<String> fields) {
    }

    record PersonErased(String delegationId, long delegationVersion, Instant changedAt, String memberId) {
    }

    record DelegationLinksRevoked(String delegationId, long delegationVersion, Instant changedAt, int linkGeneration) {
    }

}
