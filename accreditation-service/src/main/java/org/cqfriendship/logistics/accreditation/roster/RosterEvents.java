package org.cqfriendship.logistics.accreditation.roster;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The registration-service's events, as far as accreditation reads them (contract:
 * registration.delegations in asyncapi.yaml). Every one carries its delegation's version after
 * it, so a member's record applies each once and in order.
 */
public final class RosterEvents {

    private RosterEvents() {
    }

    public record Leg(@Nullable String mode, @Nullable String number, @Nullable String port, @Nullable OffsetDateTime scheduledAt) {
    }

    public record MemberFacts(String memberId, @Nullable String role, @Nullable String displayName, @Nullable String nativeName,
                              @Nullable String title, @Nullable String nationality, @Nullable Leg arrival,
                              @Nullable List<String> hotelNights, @Nullable List<String> attends) {
    }

    public record DelegationRegistered(String delegationId, @Nullable Long delegationVersion, @Nullable String locality,
                                       @Nullable String country, @Nullable String coordinatorId, @Nullable List<MemberFacts> members) {
    }

    public record CoordinatorAssigned(String delegationId, long delegationVersion, @Nullable String coordinatorId) {
    }

    public record DelegateAdded(String delegationId, long delegationVersion, MemberFacts member) {
    }

    public record DelegateWithdrawn(String delegationId, long delegationVersion, String memberId) {
    }

    public record DelegateDetailsChanged(String delegationId, long delegationVersion, String memberId, @Nullable String role,
                                         @Nullable String displayName, @Nullable String nativeName, @Nullable String title,
                                         @Nullable String nationality) {
    }

    public record Travel(@Nullable Leg arrival, @Nullable List<String> hotelNights) {
    }

    public record TravelPlanChanged(String delegationId, long delegationVersion, String memberId, @Nullable Travel after) {
    }

    public record SignupsChanged(String delegationId, long delegationVersion, String memberId, @Nullable List<String> attends) {
    }

    public record DelegationDetailsChanged(String delegationId, long delegationVersion, @Nullable String locality, @Nullable String country) {
    }

    /** DelegateErased and PersonErased: the member's personal data must go. */
    public record MemberErased(String delegationId, long delegationVersion, String memberId) {
    }
}
