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
        if (!before.details().equals(after.details())) {
            changes.add(new DetailsChanged(after));
        }
        List<String> privately = new ArrayList<>();
        if (!Objects.equals(before.privately().contact(), after.privately().contact())) {
            privately.add("contact");
        }
        if (!Objects.equals(before.privately().notes(), after.privately().notes())) {
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
        // Who they are and where they hear of changes are told together (DelegateDetailsChanged).
        if (!before.identity().equals(after.identity()) || !Objects.equals(before.alerts(), after.alerts())) {
            changes.add(new MemberDetailsChanged(before, after));
        }
        if (!before.travel().equals(after.travel())) {
            changes.add(new TravelChanged(before, after));
        }
        if (!Objects.equals(before.documents().passport(), after.documents().passport())) {
            changes.add(new PrivateDetailsChanged(after.memberId(), List.of("passport")));
        }
        if (!before.needs().equals(after.needs())) {
            changes.add(new NeedsChanged(before, after));
        }
        if (!before.signUps().equals(after.signUps())) {
            changes.add(new SignupsChanged(before, after));
        }
        return changes;
    }
}
