package org.cqfriendship.logistics.registration.delegation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A delegate as stored, in the facets its changes are told by: who they are ({@link Identity}),
 * their personal {@link Documents}, their {@link Needs}, their {@link Travel} and room, what they
 * signed up for ({@link SignUps}), and where they asked to be told about changes to their own
 * schedule ({@code alerts}, or null). A change to one facet is one event (DelegationChanges).
 *
 * <p>The facets are unwrapped in the stored document and in a member's data export: their fields
 * sit in the member's document under the names they always had, so a stored delegation reads the same.
 */
public record Member(String memberId, @Unwrapped.Empty @JsonUnwrapped Identity identity,
                     @Unwrapped.Empty @JsonUnwrapped Documents documents, @Unwrapped.Empty @JsonUnwrapped Needs needs,
                     @Unwrapped.Empty @JsonUnwrapped Travel travel, @Unwrapped.Empty @JsonUnwrapped SignUps signUps,
                     @Nullable AlertContact alerts) {

    /**
     * Who the delegate is: names in Latin letters ({@code givenName}, {@code familyName}) and, where
     * they differ, in their own script ({@code nativeName}).
     */
    public record Identity(MemberRole role, @Nullable String givenName, String familyName, @Nullable String nativeName,
                           @Nullable String title, String nationality) {

        /**
         * The name as others see it wherever it goes (itineraries, alerts, transfers): in Latin letters,
         * given name first where there is one, then the name in its own script in brackets where given,
         * so a liaison officer reading Chinese and a driver reading Latin both find the person.
         */
        public String displayName() {
            String latin = givenName == null || givenName.isBlank() ? familyName : givenName + " " + familyName;
            return nativeName == null || nativeName.isBlank() || nativeName.equals(latin) ? latin : latin + " (" + nativeName + ")";
        }
    }

    /** The passport, or null when none was given or after erasure ({@code erased}). */
    public record Documents(@Nullable Passport passport, @Field("documentsErased") @JsonProperty("documentsErased") boolean erased) {

        static final Documents ERASED = new Documents(null, true);
    }

    /** What the delegate needs: languages and interpretation, diet, allergies, access. */
    public record Needs(List<String> languages, List<String> interpretationNeeded, Set<Diet> diets, Set<Allergen> allergens,
                        @Nullable String accessibility) {
    }

    /**
     * How the delegate comes and goes, and the hotel nights. {@code roommateId}: the member of the
     * delegation they share a double room with on the nights both stay, or null; {@code sharesAs}:
     * they share with another member of the delegation who chose the same, whom planning pairs them
     * with, or null.
     */
    public record Travel(@Nullable TravelLeg arrival, @Nullable TravelLeg departure, List<LocalDate> hotelNights,
                         @Nullable String roommateId, @Nullable RoomSharing sharesAs) {
    }

    /** The sessions, trade interests, hotpot team and remote speech the delegate signed up for. */
    public record SignUps(List<String> attends, List<String> tradeInterests, boolean hotpotTeam, @Nullable RemoteSpeaker remote) {
    }

    public MemberRole role() {
        return identity.role();
    }

    public String displayName() {
        return identity.displayName();
    }

    /** The same delegate signed up for these sessions instead. */
    public Member withAttends(List<String> sessions) {
        return new Member(memberId, identity, documents, needs, travel,
                new SignUps(List.copyOf(sessions), signUps.tradeInterests(), signUps.hotpotTeam(), signUps.remote()), alerts);
    }

    /** The same delegate sharing a double room with this member of the delegation (null: a room of their own). */
    Member sharingWith(@Nullable String roommateId) {
        return new Member(memberId, identity, documents, needs,
                new Travel(travel.arrival(), travel.departure(), travel.hotelNights(), roommateId, travel.sharesAs()), signUps, alerts);
    }

    /** The same delegate without their personal documents (erasure on request). */
    Member withDocumentsErased() {
        return new Member(memberId, identity, Documents.ERASED, needs, travel, signUps, alerts);
    }
}
