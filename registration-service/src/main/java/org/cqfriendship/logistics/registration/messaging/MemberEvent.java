package org.cqfriendship.logistics.registration.messaging;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A delegate as the registration events carry one: what planning, catering and their own alerts need, no documents. */
record MemberEvent(String memberId, String role, String displayName, @Nullable String nativeName, @Nullable String title,
                   String nationality, List<String> languages, List<String> interpretationNeeded, List<String> diets,
                   List<String> allergens, @Nullable String accessibility, @Nullable Leg arrival, @Nullable Leg departure,
                   List<LocalDate> hotelNights, List<String> attends, List<String> tradeInterests, boolean hotpotTeam,
                   @Nullable Remote remote, @Nullable Alerts alerts, @Nullable String roommateId, @Nullable String sharesAs) {

    /** Where a delegate who asked is told about their own changes (only for them; see AlertContact): the addresses sealed. */
    record Alerts(@Nullable String language, Sealed sealed) {
    }

    /** AES-256-GCM under the contact keys, bound to the member id ({@code SealedContacts}). */
    record Sealed(String keyId, String cipherText) {
    }


    record Leg(String mode, @Nullable String carrier, @Nullable String number, String port, OffsetDateTime scheduledAt) {
    }

    record Remote(String timeZone, OffsetDateTime techCheckFrom, OffsetDateTime techCheckTo) {
    }

    record Travel(@Nullable Leg arrival, @Nullable Leg departure, List<LocalDate> hotelNights, @Nullable String roommateId,
                  @Nullable String sharesAs) {
    }
}
