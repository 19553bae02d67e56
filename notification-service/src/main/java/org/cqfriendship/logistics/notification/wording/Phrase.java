package org.cqfriendship.logistics.notification.wording;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Words of an alert before they have a language: a message key of the {@code messages} bundles and
 * its arguments. Alerts keep phrases, not sentences, so each reader gets them in their own
 * language and time zone, and an escalation can be worded again for the duty manager.
 */
public record Phrase(String key, List<Arg> args) {

    public Phrase {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Phrase of(String key, Arg... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /**
     * One argument: a text shown as it is (a name, a venue), a moment shown in the reader's words
     * (in conference time, also in {@code zone} when set), a phrase worded in turn, or a session's
     * title in the reader's language ({@code session}: its id; {@code text}: the English, shown
     * where the programme has no translation).
     */
    public record Arg(@Nullable String text, @Nullable Instant at, @Nullable String zone, @Nullable Phrase phrase, @Nullable String session) {

        public static Arg text(@Nullable String text) {
            return new Arg(text == null ? "" : text, null, null, null, null);
        }

        public static Arg time(@Nullable OffsetDateTime at) {
            return at == null ? text("") : new Arg(null, at.toInstant(), null, null, null);
        }

        /** A moment shown in conference time and in {@code zone} (a remote speaker's own). */
        public static Arg time(@Nullable OffsetDateTime at, @Nullable String zone) {
            return at == null ? text("") : new Arg(null, at.toInstant(), zone, null, null);
        }

        public static Arg phrase(Phrase phrase) {
            return new Arg(null, null, null, phrase, null);
        }

        /** The session's title in the reader's language, {@code englishTitle} where it has none. */
        public static Arg session(String sessionId, @Nullable String englishTitle) {
            return new Arg(englishTitle == null ? sessionId : englishTitle, null, null, null, sessionId);
        }

        public static Arg phrase(String key, Arg... args) {
            return phrase(Phrase.of(key, args));
        }

        public static Arg number(long number) {
            return text(Long.toString(number));
        }
    }
}
