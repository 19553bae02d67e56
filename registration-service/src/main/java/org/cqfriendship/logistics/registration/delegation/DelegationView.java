package org.cqfriendship.logistics.registration.delegation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** A delegation as the API shows it; times in the conference's zone (Asia/Shanghai). */
public record DelegationView(String id, String locality, String country, DelegationKind kind, String coordinatorId,
                             String notes, Instant registeredAt, Long version, List<MemberView> members) {

    static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");

    public record MemberView(String memberId, MemberRole role, String givenName, String familyName, ArrivalView arrival,
                             List<String> attends) {
    }

    public record ArrivalView(TravelMode mode, String carrier, String number, String port, OffsetDateTime scheduledAt) {
    }

    /** One line per delegation for lists. */
    public record Summary(String id, String locality, String country, DelegationKind kind, String coordinatorId,
                          int members, Instant registeredAt) {
    }

    static DelegationView of(Delegation d) {
        return new DelegationView(d.id(), d.locality(), d.country(), d.kind(), d.coordinatorId(), d.notes(),
                d.registeredAt(), d.version(), d.members().stream().map(DelegationView::member).toList());
    }

    static Summary summary(Delegation d) {
        return new Summary(d.id(), d.locality(), d.country(), d.kind(), d.coordinatorId(), d.members().size(), d.registeredAt());
    }

    private static MemberView member(Member m) {
        Arrival a = m.arrival();
        ArrivalView arrival = a == null ? null
                : new ArrivalView(a.mode(), a.carrier(), a.number(), a.port(), a.scheduledAt().atZone(CONFERENCE_ZONE).toOffsetDateTime());
        return new MemberView(m.memberId(), m.role(), m.givenName(), m.familyName(), arrival, m.attends());
    }
}
