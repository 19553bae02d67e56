package org.cqfriendship.logistics.notification.wording;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Alerts keep phrases; each reader gets sessions named as the programme names them in their language. */
class WordingTest {

    private static final Map<String, String> RUSSIAN = Map.of("opening-ceremony", "Церемония открытия");
    private final Wording wording = new Wording(messages(),
            (sessionId, language) -> "ru".equals(language.getLanguage()) ? Optional.ofNullable(RUSSIAN.get(sessionId)) : Optional.empty());

    private final Phrase clash = Phrase.of("alert.clash.detail.NO_SEAT", Phrase.Arg.text("Luang Prabang Province"),
            Phrase.Arg.text("Khamla Sisavath"), Phrase.Arg.session("opening-ceremony", "Opening ceremony"),
            Phrase.Arg.time(OffsetDateTime.parse("2026-05-20T11:20:00+08:00")));

    @Test
    void aRussianReaderReadsTheSessionInRussian() {
        assertThat(wording.of(clash, Reader.of("ru", null))).contains("Церемония открытия", "20 мая 11:20").doesNotContain("Opening");
    }

    @Test
    void aReaderWhoseLanguageTheProgrammeLacksReadsTheEnglishTitle() {
        assertThat(wording.of(clash, Reader.of("fr", null))).contains("Opening ceremony");
        assertThat(wording.of(clash, Reader.of("en", null))).startsWith("Opening ceremony at 20 May 11:20 is full");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "support-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
