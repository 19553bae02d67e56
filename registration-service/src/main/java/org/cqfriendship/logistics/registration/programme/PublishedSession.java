package org.cqfriendship.logistics.registration.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A session as the itinerary-service last published it (with the event it is part of, if any): what the sign-up form offers.
 * {@code title} and {@code venue} are the English; {@code translations} the other languages' (by language tag), where given.
 */
@Document("programme")
record PublishedSession(@Id String id, String title, String venue, Instant startsAt, Instant endsAt, String partOf, boolean cancelled,
                        Map<String, ProgrammeEvents.Translation> translations) {

    /** The title for a reader of {@code language}: theirs where the programme has it, the English otherwise. */
    String titleIn(Locale language) {
        ProgrammeEvents.Translation translated = translations == null ? null : translations.get(language.getLanguage());
        return translated == null || translated.title() == null || translated.title().isBlank() ? title : translated.title();
    }

    /** The venue for a reader of {@code language}, as {@link #titleIn}. */
    String venueIn(Locale language) {
        ProgrammeEvents.Translation translated = translations == null ? null : translations.get(language.getLanguage());
        return translated == null || translated.venue() == null || translated.venue().isBlank() ? venue : translated.venue();
    }
}
