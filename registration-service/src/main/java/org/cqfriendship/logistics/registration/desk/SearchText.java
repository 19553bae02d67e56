package org.cqfriendship.logistics.registration.desk;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the desk's search compares it: lower case, without accents (so "Pecs" finds "Pécs"),
 * spaces squeezed. Rows store their text this way and the search box's words are read the same way.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    static String of(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The words typed, each to be found somewhere in a row's text (at most eight are heeded). */
    static List<String> words(@Nullable String typed) {
        String text = of(typed);
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(" ")).distinct().limit(8).toList();
    }
}
