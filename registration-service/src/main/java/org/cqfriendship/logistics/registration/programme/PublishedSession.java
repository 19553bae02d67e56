package org.cqfriendship.logistics.registration.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A session as the itinerary-service last published it (with the event it is part of, if any): what the sign-up form offers.
 * {@code title} and {@code venue} are the English; {@code translations} the other languages' (by language tag), where given.
 */
@Document("programme")
record PublishedSession(@Id String id, String title, String venue, Instant startsAt, Instant endsAt, String partOf, boolean cancelled,
                        Map<String, ProgrammeEvents.Translation> translations) {

    /** The title for a reader of {@code language}: theirs where the programme has it, the English otherwise. */
    String titleIn(Locale language) {
        return in(language, ProgrammeEvents.Translation::title, title);
    }

    /** The venue for a reader of {@code language}, as {@link #titleIn}. */
    String venueIn(Locale language) {
        return in(language, ProgrammeEvents.Translation::venue, venue);
    }

    private String in(Locale language, Function<ProgrammeEvents.Translation, String> field, String english) {
        ProgrammeEvents.Translation translated = translations == null ? null : translations.get(language.getLanguage());
        String text = translated == null ? null : field.apply(translated);
        return text == null || text.isBlank() ? english : text;
    }
}
