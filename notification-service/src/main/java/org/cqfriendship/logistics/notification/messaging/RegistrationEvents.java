package org.cqfriendship.logistics.notification.messaging;

import org.cqfriendship.logistics.support.security.RevokedLinks;

import java.util.List;

/** What this service reads of the registration events (contracts/schemas): who asked for alerts, and how to reach them. */
public final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /** The addresses sealed ({@code sealed}); events written before they were sealed carry them in the clear. */
    public record Alerts(String email, String phone, String language, Sealed sealed) {
    }

    public record Sealed(String keyId, String cipherText) {
    }

    public record Remote(String timeZone) {
    }

    public record Member(String memberId, String displayName, Alerts alerts, Remote remote) {
    }

    public record DelegationRegistered(String delegationId, List<Member> members) {
    }

    public record DelegateAdded(String delegationId, long delegationVersion, Member member) {
    }

    public record DelegateDetailsChanged(String delegationId, long delegationVersion, String memberId, String displayName, Alerts alerts) {
    }

    /** Staff revoked the delegation's links: only links of {@code linkGeneration} or later export its delegates' data. */
    public record DelegationLinksRevoked(String delegationId, long delegationVersion, int linkGeneration)
            implements RevokedLinks.Revocation {
    }

    /** The member asked to be forgotten: nothing of them stays here. */
    public record PersonErased(String delegationId, long delegationVersion, String memberId) {
    }

    public record DelegateWithdrawn(String delegationId, long delegationVersion, String memberId) {
    }
}
