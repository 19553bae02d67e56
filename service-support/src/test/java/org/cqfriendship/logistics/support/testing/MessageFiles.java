package org.cqfriendship.logistics.support.testing;

import org.cqfriendship.logistics.support.web.PageLanguages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a message file is there in every page language with exactly the English file's keys. */
public final class MessageFiles {

    private MessageFiles() {
    }

    /** {@code basename}: on the class path, as {@code messages} for {@code messages.properties} and {@code messages_zh.properties}. */
    public static void assertEveryLanguageHasEveryKey(String basename) {
        Set<String> english = keys(basename + ".properties");
        Map<String, Set<String>> missing = new TreeMap<>();
        Map<String, Set<String>> extra = new TreeMap<>();
        for (Locale language : PageLanguages.LANGUAGES) {
            if (language.getLanguage().equals("en")) {
                continue;
            }
            Set<String> translated = keys(basename + "_" + language.getLanguage() + ".properties");
            Set<String> lacking = new TreeSet<>(english);
            lacking.removeAll(translated);
            Set<String> unknown = new TreeSet<>(translated);
            unknown.removeAll(english);
            if (!lacking.isEmpty()) {
                missing.put(language.getLanguage(), lacking);
            }
            if (!unknown.isEmpty()) {
                extra.put(language.getLanguage(), unknown);
            }
        }
        assertThat(missing).as("keys of %s.properties missing from a language", basename).isEmpty();
        assertThat(extra).as("keys in a language that %s.properties does not have", basename).isEmpty();
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = MessageFiles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
