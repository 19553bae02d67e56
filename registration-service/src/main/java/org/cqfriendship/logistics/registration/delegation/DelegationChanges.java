package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.registration.delegation.DelegationChange.DetailsChanged;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.MemberAdded;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.MemberDetailsChanged;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.MemberWithdrawn;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.NeedsChanged;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.PrivateDetailsChanged;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.SignupsChanged;
import org.cqfriendship.logistics.registration.delegation.DelegationChange.TravelChanged;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a delegation, facet by facet, so that only that is
 * published. Every field belongs to a facet: a change no facet names would be neither stored
 * (nothing to save) nor told (RegistrationChangeScenarios changes each field alone).
 */
final class DelegationChanges {

    private DelegationChanges() {
    }

    static List<DelegationChange> between(Delegation before, Delegation after) {
        List<DelegationChange> changes = new ArrayList<>();
        if (!Objects.equals(before.locality(), after.locality()) || !Objects.equals(before.country(), after.country())
                || before.kind() != after.kind() || before.participation() != after.participation()
                || !Objects.equals(before.hotpotTeamName(), after.hotpotTeamName())
                || !Objects.equals(before.stall(), after.stall())) {
            changes.add(new DetailsChanged(after));
        }
        List<String> privately = new ArrayList<>();
        if (!Objects.equals(before.contact(), after.contact())) {
            privately.add("contact");
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            privately.add("notes");
        }
        if (!privately.isEmpty()) {
            changes.add(new PrivateDetailsChanged(null, privately));
        }
        for (Member old : before.members()) {
            if (after.member(old.memberId()).isEmpty()) {
                changes.add(new MemberWithdrawn(old));
            }
        }
        for (Member now : after.members()) {
            before.member(now.memberId()).ifPresentOrElse(
                    old -> changes.addAll(memberChanges(old, now)),
                    () -> changes.add(new MemberAdded(now)));
        }
        return changes;
    }

    private static List<DelegationChange> memberChanges(Member before, Member after) {
        List<DelegationChange> changes = new ArrayList<>();
        if (before.role() != after.role() || !Objects.equals(before.givenName(), after.givenName())
                || !Objects.equals(before.familyName(), after.familyName()) || !Objects.equals(before.nativeName(), after.nativeName())
                || !Objects.equals(before.title(), after.title()) || !Objects.equals(before.nationality(), after.nationality())
                || !Objects.equals(before.alerts(), after.alerts())) {
            changes.add(new MemberDetailsChanged(before, after));
        }
        if (!Objects.equals(before.arrival(), after.arrival()) || !Objects.equals(before.departure(), after.departure())
                || !Objects.equals(before.hotelNights(), after.hotelNights()) || !Objects.equals(before.roommateId(), after.roommateId())
                || before.sharesAs() != after.sharesAs()) {
            changes.add(new TravelChanged(before, after));
        }
        if (!Objects.equals(before.passport(), after.passport())) {
            changes.add(new PrivateDetailsChanged(after.memberId(), List.of("passport")));
        }
        if (!Objects.equals(before.languages(), after.languages())
                || !Objects.equals(before.interpretationNeeded(), after.interpretationNeeded())
                || !Objects.equals(before.diets(), after.diets()) || !Objects.equals(before.allergens(), after.allergens())
                || !Objects.equals(before.accessibility(), after.accessibility())) {
            changes.add(new NeedsChanged(before, after));
        }
        if (!Objects.equals(before.attends(), after.attends()) || !Objects.equals(before.tradeInterests(), after.tradeInterests())
                || before.hotpotTeam() != after.hotpotTeam() || !Objects.equals(before.remote(), after.remote())) {
            changes.add(new SignupsChanged(before, after));
        }
        return changes;
    }
}
