package org.cqfriendship.logistics.registration.delegation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A delegation as the API shows it: times in the conference's zone (Asia/Shanghai), passport
 * numbers only masked, and what to check about each member ({@code warnings}: {@link PassportValidity}).
 * Sending it back (with the members' ids) as a change keeps everything as is.
 * Only the answer to the registration itself carries the delegation's secret link ({@code editLink},
 * and its {@code accessToken} for {@code Authorization: Bearer} on the API): whoever registered holds it.
 */
public record DelegationView(String id, String reference, String locality, String country, DelegationKind kind,
                             Participation participation, Contact contact, @Nullable String coordinatorId, @Nullable String notes,
                             @Nullable String hotpotTeamName,
                             @Nullable StallApplication stall, Instant registeredAt, @Nullable Long version, List<MemberView> members,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String editLink,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String accessToken) {

    public record MemberView(String memberId, MemberRole role, @Nullable String givenName, String familyName, @Nullable String nativeName,
                             @Nullable String title, String nationality, @Nullable PassportView passport, boolean documentsErased,
                             List<String> languages, List<String> interpretationNeeded, Set<Diet> diets, Set<Allergen> allergens,
                             @Nullable String accessibility, @Nullable LegView arrival, @Nullable LegView departure,
                             List<LocalDate> hotelNights,
                             List<String> attends, List<String> tradeInterests, boolean hotpotTeam, @Nullable RemoteSpeaker remote,
                             @Nullable AlertContact alerts, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings,
                             @Nullable Integer shareRoomWith, @Nullable RoomSharing sharesAs) {
    }

    public record PassportView(String number, LocalDate expiry) {
    }

    public record LegView(TravelMode mode, @Nullable String carrier, @Nullable String number, String port, OffsetDateTime scheduledAt) {
    }

    /** One line per delegation for lists. */
    public record Summary(String id, String reference, String locality, String country, DelegationKind kind,
                          @Nullable String coordinatorId, int members, Instant registeredAt) {
    }

    /** The delegation as the API answers it, with its version as the {@code ETag} a later change sends back in {@code If-Match}. */
    public static ResponseEntity<DelegationView> answer(Delegation delegation) {
        return ResponseEntity.ok().eTag(etag(delegation)).body(of(delegation));
    }

    static String etag(Delegation delegation) {
        return "\"" + delegation.version() + "\"";
    }

    static DelegationView of(Delegation d) {
        Delegation.Details details = d.details();
        return new DelegationView(d.id(), d.reference(), details.locality(), details.country(), details.kind(), details.participation(),
                d.privately().contact(), d.coordinatorId(), d.privately().notes(), details.hotpotTeamName(), details.stall(),
                d.registeredAt(), d.version(),
                d.members().stream().map(m -> member(m, d.members())).toList(), null, null);
    }

    DelegationView withSecretLink(String url, String token) {
        return new DelegationView(id, reference, locality, country, kind, participation, contact, coordinatorId, notes,
                hotpotTeamName, stall, registeredAt, version, members, url, token);
    }

    static Summary summary(Delegation d) {
        return new Summary(d.id(), d.reference(), d.details().locality(), d.details().country(), d.details().kind(), d.coordinatorId(),
                d.members().size(), d.registeredAt());
    }

    /** The member as shown, naming the roommate they asked for by number in the list, as a request does. */
    private static MemberView member(Member m, List<Member> all) {
        Passport held = m.documents().passport();
        PassportView passport = held == null ? null : new PassportView(held.masked(), held.expiry());
        Member.Identity who = m.identity();
        Member.Needs needs = m.needs();
        Member.Travel travel = m.travel();
        Member.SignUps signUps = m.signUps();
        return new MemberView(m.memberId(), who.role(), who.givenName(), who.familyName(), who.nativeName(), who.title(),
                who.nationality(), passport, m.documents().erased(), needs.languages(), needs.interpretationNeeded(), needs.diets(),
                needs.allergens(), needs.accessibility(), leg(travel.arrival()), leg(travel.departure()), travel.hotelNights(),
                signUps.attends(), signUps.tradeInterests(), signUps.hotpotTeam(), signUps.remote(), m.alerts(), PassportValidity.of(m),
                roomNumberOf(travel.roommateId(), all), travel.sharesAs());
    }

    private static @Nullable Integer roomNumberOf(@Nullable String roommateId, List<Member> all) {
        for (int i = 0; roommateId != null && i < all.size(); i++) {
            if (all.get(i).memberId().equals(roommateId)) {
                return i + 1;
            }
        }
        return null;
    }

    private static @Nullable LegView leg(@Nullable TravelLeg leg) {
        return leg == null ? null : new LegView(leg.mode(), leg.carrier(), leg.number(), leg.port(),
                leg.scheduledAt().atZone(ConferenceTime.ZONE).toOffsetDateTime());
    }
}
