package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.planning.StallApplication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** What this service reads of contracts/schemas/DelegationRegistered.schema.json. */
record DelegationRegistered(String delegationId, String locality, String country, String kind, String coordinatorId,
                            String hotpotTeamName, StallApplication stall,
                            List<Member> members) {

    record Member(String memberId, String role, String displayName, Arrival arrival, List<String> attends, Arrival departure,
                  Remote remote, List<String> languages, List<String> interpretationNeeded, Set<String> diets,
                  Set<String> allergens, String accessibility, List<LocalDate> hotelNights, String roommateId,
                  String sharesAs, Boolean hotpotTeam) {

        /** In the delegation's hotpot team (absent in older events: no). */
        boolean cooks() {
            return Boolean.TRUE.equals(hotpotTeam);
        }
    }

    /** A member who speaks by video link, in their own zone. */
    record Remote(String timeZone) {
    }

    record Arrival(String mode, String carrier, String number, String port, OffsetDateTime scheduledAt) {
    }
}
