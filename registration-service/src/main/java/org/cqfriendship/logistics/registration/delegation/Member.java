package org.cqfriendship.logistics.registration.delegation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A delegate as stored. {@code roommateId}: the member of the delegation they share a double room
 * with on the nights both stay, or null; {@code sharesAs}: they share with another member of the
 * delegation who chose the same, whom planning pairs them with, or null. Names in Latin letters ({@code givenName}, {@code familyName}) and, where
 * they differ, in their own script ({@code nativeName}). {@code passport} is null when none was
 * given or after erasure ({@code documentsErased}). {@code alerts} is where they asked to be told
 * about changes to their own schedule, or null.
 */
public record Member(String memberId, MemberRole role, @Nullable String givenName, String familyName, @Nullable String nativeName,
                     @Nullable String title, String nationality, @Nullable Passport passport, boolean documentsErased,
                     List<String> languages, List<String> interpretationNeeded, Set<Diet> diets, Set<Allergen> allergens,
                     @Nullable String accessibility, @Nullable TravelLeg arrival, @Nullable TravelLeg departure,
                     List<LocalDate> hotelNights,
                     List<String> attends, List<String> tradeInterests, boolean hotpotTeam, @Nullable RemoteSpeaker remote,
                     @Nullable AlertContact alerts, @Nullable String roommateId, @Nullable RoomSharing sharesAs) {

    /** The same delegate signed up for these sessions instead. */
    public Member withAttends(List<String> sessions) {
        return new Member(memberId, role, givenName, familyName, nativeName, title, nationality, passport, documentsErased, languages,
                interpretationNeeded, diets, allergens, accessibility, arrival, departure, hotelNights, List.copyOf(sessions),
                tradeInterests, hotpotTeam, remote, alerts, roommateId, sharesAs);
    }

    /** The same delegate sharing a double room with this member of the delegation (null: a room of their own). */
    Member sharingWith(@Nullable String memberId) {
        return new Member(this.memberId, role, givenName, familyName, nativeName, title, nationality, passport, documentsErased, languages,
                interpretationNeeded, diets, allergens, accessibility, arrival, departure, hotelNights, attends, tradeInterests,
                hotpotTeam, remote, alerts, memberId, sharesAs);
    }

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
