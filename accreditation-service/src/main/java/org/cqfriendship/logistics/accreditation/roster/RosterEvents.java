package org.cqfriendship.logistics.accreditation.roster;

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

    public record Leg(String mode, String number, String port, OffsetDateTime scheduledAt) {
    }

    public record MemberFacts(String memberId, String role, String displayName, String nativeName, String title,
                              String nationality, Leg arrival, List<String> hotelNights, List<String> attends) {
    }

    public record DelegationRegistered(String delegationId, Long delegationVersion, String locality, String country,
                                       String coordinatorId, List<MemberFacts> members) {
    }

    public record CoordinatorAssigned(String delegationId, long delegationVersion, String coordinatorId) {
    }

    public record DelegateAdded(String delegationId, long delegationVersion, MemberFacts member) {
    }

    public record DelegateWithdrawn(String delegationId, long delegationVersion, String memberId) {
    }

    public record DelegateDetailsChanged(String delegationId, long delegationVersion, String memberId, String role,
                                         String displayName, String nativeName, String title, String nationality) {
    }

    public record Travel(Leg arrival, List<String> hotelNights) {
    }

    public record TravelPlanChanged(String delegationId, long delegationVersion, String memberId, Travel after) {
    }

    public record SignupsChanged(String delegationId, long delegationVersion, String memberId, List<String> attends) {
    }

    public record DelegationDetailsChanged(String delegationId, long delegationVersion, String locality, String country) {
    }

    /** DelegateErased and PersonErased: the member's personal data must go. */
    public record MemberErased(String delegationId, long delegationVersion, String memberId) {
    }
}
