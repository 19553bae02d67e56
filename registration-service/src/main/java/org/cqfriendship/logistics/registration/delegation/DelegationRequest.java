package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A delegation as a head of delegation sends it, to register or to change a registration. Rules
 * spanning several fields live in {@link DelegationRules}. On a change, a member with its
 * {@code memberId} is kept (and changed), one without is added, and one left out is withdrawn.
 */
@ValidDelegation
public record DelegationRequest(
        @NotBlank @Size(max = 200) @PlainText String locality,
        @NotBlank @IsoCountry String country,
        @NotNull DelegationKind kind,
        Participation participation,
        @Valid Contact contact,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{delegation.coordinatorId.pattern}") String coordinatorId,
        @Size(max = 2000) @PlainText(multiline = true) String notes,
        @Size(max = 80) @PlainText String hotpotTeamName,
        @Valid StallApplication stall,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid MemberRequest> members) {

    /**
     * A name as the passport's machine-readable zone spells it: Latin letters (with their accents),
     * spaces, hyphens, apostrophes and full stops. The name in its own script is {@code nativeName}.
     */
    static final String LATIN_NAME = "[\\p{IsLatin}\\p{M} .'’-]*";

    public Participation participationOrDefault() {
        return participation == null ? Participation.IN_PERSON : participation;
    }

    /**
     * A member as asked for. {@code shareRoomWith} is the number (1, 2, …, in the list's order) of
     * another member of the delegation to share a double room with on the nights both stay;
     * {@code sharesAs} instead shares with another member of the delegation who chose the same
     * (women with women, men with men); with neither, a room of their own. A head of delegation
     * has a room of their own.
     */
    public record MemberRequest(
            @Size(max = 64) String memberId,
            @NotNull MemberRole role,
            @Size(max = 100) @PlainText @Pattern(regexp = LATIN_NAME, message = "{member.name.latin}") String givenName,
            @NotBlank @Size(max = 100) @PlainText @Pattern(regexp = LATIN_NAME, message = "{member.name.latin}") String familyName,
            @Size(max = 200) @PlainText String nativeName,
            @Size(max = 100) @PlainText String title,
            @IsoCountry String nationality,
            @Pattern(regexp = "[A-Z0-9]{5,20}", message = "{delegation.passport.number}") String passportNumber,
            LocalDate passportExpiry,
            @Size(max = 12) List<@NotNull @LanguageCode String> languages,
            @Size(max = 12) List<@NotNull @LanguageCode String> interpretationNeeded,
            Set<@NotNull Diet> diets,
            Set<@NotNull Allergen> allergens,
            @Size(max = 500) @PlainText(multiline = true) String accessibility,
            @Valid TravelLegRequest arrival,
            @Valid TravelLegRequest departure,
            @Size(max = 30) List<@NotNull LocalDate> hotelNights,
            @Size(max = 20) List<@NotBlank String> attends,
            @Size(max = 10) List<@NotBlank @Size(max = 80) @PlainText String> tradeInterests,
            Boolean hotpotTeam,
            @Valid RemoteSpeaker remote,
            @Valid AlertContact alerts,
            @Min(1) @Max(100) Integer shareRoomWith,
            RoomSharing sharesAs) {

        /** In the delegation's hotpot contest team; absent means no. */
        public boolean inHotpotTeam() {
            return Boolean.TRUE.equals(hotpotTeam);
        }

        public List<String> attendsOrEmpty() {
            return attends == null ? List.of() : attends;
        }

        /** Never shows the passport number, so that no log line or error can carry it. */
        @Override
        public String toString() {
            return "MemberRequest[memberId=" + memberId + ", role=" + role + ", name=" + givenName + " " + familyName
                    + ", passport=" + (passportNumber == null ? "none" : "(hidden)") + "]";
        }

        /** The request's content for telling a retry from a different request; the passport only as a digest. */
        String fingerprint() {
            return String.join("|", String.valueOf(memberId), String.valueOf(role), String.valueOf(givenName),
                    String.valueOf(familyName), String.valueOf(nativeName), String.valueOf(title), String.valueOf(nationality),
                    passportNumber == null ? "" : Integer.toHexString(passportNumber.hashCode()), String.valueOf(passportExpiry),
                    String.valueOf(languages), String.valueOf(interpretationNeeded), String.valueOf(diets),
                    String.valueOf(allergens), String.valueOf(accessibility), String.valueOf(arrival), String.valueOf(departure),
                    String.valueOf(hotelNights), String.valueOf(attends), String.valueOf(tradeInterests),
                    String.valueOf(hotpotTeam), String.valueOf(remote), String.valueOf(shareRoomWith),
                    String.valueOf(sharesAs));
        }
    }

    public record TravelLegRequest(
            @NotNull TravelMode mode,
            @Size(max = 3) @PlainText String carrier,
            @Size(max = 8) @PlainText String number,
            @NotBlank @Size(max = 60) @PlainText String port,
            @NotNull OffsetDateTime scheduledAt) {
    }

    String fingerprint() {
        return String.join("|", locality, country, String.valueOf(kind), String.valueOf(participation), String.valueOf(contact),
                String.valueOf(coordinatorId), String.valueOf(notes), String.valueOf(hotpotTeamName), String.valueOf(stall),
                String.join("||", members.stream().map(m -> m == null ? "null" : m.fingerprint()).toList()));
    }
}
