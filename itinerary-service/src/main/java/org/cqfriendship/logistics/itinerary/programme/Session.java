package org.cqfriendship.logistics.itinerary.programme;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One item of the conference programme. {@code illustrative} marks details the source reports do
 * not state (times, venues, capacities) and that we invented for the demo. A {@code dropIn}
 * session (the exhibition) is visited at any time while it is open, so it never overlaps another.
 *
 * @param capacity       seats, or null where there is no limit
 * @param interpretation the languages the session's interpreters cover (Chinese is spoken on stage)
 * @param meal           the meal served there (the kitchen counts it), or null where no food is served
 * @param partOf         the event this session is one part of (a heat of the hotpot contest, a block of
 *                       matchmaking tables, a slot of carnival stalls), or null; a member at a part is not also counted
 *                       as overlapping with the event itself
 * @param translations   the title, venue and meal in the other conference languages, by language tag
 *                       ({@code zh}, {@code ru}, {@code fr}, {@code es}); {@code title}, {@code venue} and
 *                       {@code meal} are the English, shown wherever a translation is missing
 */
public record Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                      boolean illustrative, boolean dropIn, @Nullable Integer capacity, List<String> interpretation, @Nullable String meal,
                      @Nullable String partOf, Map<String, Texts> translations) {

    private static final String ENGLISH = "en";

    @ConstructorBinding
    public Session {
        interpretation = interpretation == null ? List.of() : List.copyOf(interpretation);
        meal = meal == null || meal.isBlank() ? null : meal;
        partOf = partOf == null || partOf.isBlank() ? null : partOf;
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    /** A session's words in one language; {@code null} where that language has none. */
    public record Texts(@Nullable String title, @Nullable String venue, @Nullable String meal) {

        public Texts {
            title = blankToNull(title);
            venue = blankToNull(venue);
            meal = blankToNull(meal);
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** The session's words for a reader of {@code language}, in English where it has no translation. */
    public Texts in(Locale language) {
        Texts translated = translations.get(language.getLanguage());
        if (translated == null) {
            return new Texts(title, venue, meal);
        }
        return new Texts(Objects.requireNonNullElse(translated.title(), title), Objects.requireNonNullElse(translated.venue(), venue),
                translated.meal() != null ? translated.meal() : meal);
    }

    /** Whether a reader of {@code language} reads the title in their language (English is every session's own). */
    public boolean titledIn(Locale language) {
        Texts translated = translations.get(language.getLanguage());
        return ENGLISH.equals(language.getLanguage()) || translated != null && translated.title() != null;
    }

    public Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   boolean illustrative, boolean dropIn, Integer capacity, List<String> interpretation, String meal,
                   String partOf) {
        this(id, title, venue, startsAt, endsAt, illustrative, dropIn, capacity, interpretation, meal, partOf, Map.of());
    }

    public Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   boolean illustrative, boolean dropIn, Integer capacity, List<String> interpretation, String meal) {
        this(id, title, venue, startsAt, endsAt, illustrative, dropIn, capacity, interpretation, meal, null, Map.of());
    }

    public Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   boolean illustrative, boolean dropIn) {
        this(id, title, venue, startsAt, endsAt, illustrative, dropIn, null, List.of(), null, null, Map.of());
    }
}
