package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.planning.StallApplication;
import org.cqfriendship.logistics.support.security.RevokedLinks;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What this service reads of the registration-service's change events (contracts/schemas/*.schema.json). */
final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /** Every registration event carries the delegation's version after it. */
    interface Versioned {
        String delegationId();

        long delegationVersion();
    }

    /** Staff revoked the delegation's links: only links of {@code linkGeneration} or later open its itinerary. */
    record DelegationLinksRevoked(String delegationId, long delegationVersion, int linkGeneration)
            implements RevokedLinks.Revocation {
    }

    record DelegateAdded(String delegationId, long delegationVersion, DelegationRegistered.Member member) implements Versioned {
    }

    /** The member asked to be forgotten: planned as a withdrawal, and nothing of them stays in the itinerary. */
    record PersonErased(String delegationId, long delegationVersion, String memberId) implements Versioned {
    }

    record DelegateWithdrawn(String delegationId, long delegationVersion, String memberId) implements Versioned {
    }

    record DelegateDetailsChanged(String delegationId, long delegationVersion, String memberId, String role,
                                  String displayName) implements Versioned {
    }

    record TravelPlanChanged(String delegationId, long delegationVersion, String memberId, Travel after) implements Versioned {
    }

    record Travel(DelegationRegistered.Arrival arrival, DelegationRegistered.Arrival departure, List<LocalDate> hotelNights,
                  String roommateId, String sharesAs) {
    }

    record SignupsChanged(String delegationId, long delegationVersion, String memberId, List<String> attends,
                          DelegationRegistered.Remote remote, Boolean hotpotTeam) implements Versioned {
    }

    record NeedsChanged(String delegationId, long delegationVersion, String memberId, List<String> languages,
                        List<String> interpretationNeeded, Set<String> diets, Set<String> allergens,
                        String accessibility) implements Versioned {
    }

    record CoordinatorAssigned(String delegationId, long delegationVersion, String coordinatorId) implements Versioned {
    }

    record DelegationDetailsChanged(String delegationId, long delegationVersion, String locality, String country,
                                    String hotpotTeamName, StallApplication stall)
            implements Versioned {
    }

}
