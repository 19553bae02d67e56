package org.cqfriendship.logistics.itinerary.programme;

import org.cqfriendship.logistics.support.validation.PlainTextValidator;
import org.cqfriendship.logistics.support.web.FieldProblemException;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages a session is translated into besides English, and the checks a translation
 * passes: one of those languages, each text one plain line of at most 200 characters. Adding a
 * language is one more tag here (and its message files).
 */
public final class SessionTranslations {

    public static final List<String> LANGUAGES = List.of("zh", "ru", "fr", "es");
    private static final int LONGEST = 200;

    private SessionTranslations() {
    }

    /** Each language by its own name ("中文", "Русский"), for labelling its fields. */
    public static Map<String, String> ownNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            String name = locale.getDisplayLanguage(locale);
            names.put(language, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
        }
        return names;
    }

    /** The translations as given, or a problem on {@code translations} naming what is wrong. */
    static Map<String, Session.Texts> checked(Map<String, Session.Texts> translations) {
        if (translations == null) {
            return Map.of();
        }
        translations.forEach((language, texts) -> {
            if (!LANGUAGES.contains(language) || texts == null || !fits(texts.title()) || !fits(texts.venue()) || !fits(texts.meal())) {
                throw new FieldProblemException("translations", "session.translations.invalid");
            }
        });
        return translations;
    }

    /** The translations typed into the programme page's form ({@code title_zh}, {@code venue_zh}, …); empty fields are none. */
    public static Map<String, Session.Texts> fromForm(Map<String, String> form) {
        Map<String, Session.Texts> translations = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Session.Texts texts = new Session.Texts(form.get("title_" + language), form.get("venue_" + language), null);
            if (texts.title() != null || texts.venue() != null) {
                translations.put(language, texts);
            }
        }
        return checked(translations);
    }

    private static boolean fits(@Nullable String text) {
        return text == null || text.length() <= LONGEST && PlainTextValidator.isPlainLine(text);
    }
}
