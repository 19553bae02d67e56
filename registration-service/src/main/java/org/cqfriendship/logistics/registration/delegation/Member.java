package org.cqfriendship.logistics.registration.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A delegate as stored. Names in Latin letters ({@code givenName}, {@code familyName}) and, where
 * they differ, in their own script ({@code nativeName}). {@code passport} is null when none was
 * given or after erasure ({@code documentsErased}). {@code alerts} is where they asked to be told
 * about changes to their own schedule, or null.
 */
public record Member(String memberId, MemberRole role, String givenName, String familyName, String nativeName,
                     String title, String nationality, Passport passport, boolean documentsErased,
                     List<String> languages, List<String> interpretationNeeded, Set<Diet> diets, Set<Allergen> allergens,
                     String accessibility, TravelLeg arrival, TravelLeg departure, List<LocalDate> hotelNights,
                     List<String> attends, List<String> tradeInterests, boolean hotpotTeam, RemoteSpeaker remote,
                     AlertContact alerts) {

    /** The same delegate signed up for these sessions instead. */
    public Member withAttends(List<String> sessions) {
        return new Member(memberId, role, givenName, familyName, nativeName, title, nationality, passport, documentsErased, languages,
                interpretationNeeded, diets, allergens, accessibility, arrival, departure, hotelNights, List.copyOf(sessions),
                tradeInterests, hotpotTeam, remote, alerts);
    }

    /** The name as a coordinator would say it: given name first where there is one. */
    public String displayName() {
        return givenName == null || givenName.isBlank() ? familyName : givenName + " " + familyName;
    }
}
