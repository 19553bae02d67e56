package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One thing that changed in a delegation, as the events will tell it. */
public sealed interface DelegationChange {

    record DetailsChanged(Delegation after) implements DelegationChange {
    }

    record MemberAdded(Member member) implements DelegationChange {
    }

    record MemberWithdrawn(Member member) implements DelegationChange {
    }

    /** Names, title, role or nationality. */
    record MemberDetailsChanged(Member before, Member after) implements DelegationChange {
    }

    /** Arrival, departure, hotel nights or the roommate asked for. */
    record TravelChanged(Member before, Member after) implements DelegationChange {
    }

    /** Languages, interpretation, diets, allergens or accessibility. */
    record NeedsChanged(Member before, Member after) implements DelegationChange {
    }

    /** Programme sign-ups, trade interests, the hotpot team or the video link. */
    record SignupsChanged(Member before, Member after) implements DelegationChange {
    }

    record CoordinatorAssigned(@Nullable String previous, @Nullable String current) implements DelegationChange {
    }

    /** Every secret link of the delegation before {@code generation} opens nothing any more. */
    record LinksRevoked(int generation) implements DelegationChange {
    }

    /**
     * Details that never travel changed: the delegation's contact or notes ({@code memberId} null),
     * or a member's passport. Stored like any change, and told without their values.
     */
    record PrivateDetailsChanged(@Nullable String memberId, List<String> fields) implements DelegationChange {
    }

    /** The member asked to be forgotten: they leave the delegation, and every service deletes what it holds of them. */
    record PersonErased(Member member) implements DelegationChange {
    }

    record DocumentsErased(Member member) implements DelegationChange {
    }
}
