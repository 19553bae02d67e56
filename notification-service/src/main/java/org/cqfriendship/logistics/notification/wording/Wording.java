package org.cqfriendship.logistics.notification.wording;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Puts phrases into a reader's words: the message in their language, a session's title as the
 * programme has it in that language, every moment in conference time (Asia/Shanghai) and, where
 * their own zone differs, in theirs too.
 */
@Component
public class Wording {

    private final MessageSource messages;
    private final SessionTitles sessions;

    public Wording(MessageSource messages, SessionTitles sessions) {
        this.messages = messages;
        this.sessions = sessions;
    }

    public String of(Phrase phrase, Reader reader) {
        Object[] args = phrase.args().stream().map(arg -> of(arg, reader)).toArray();
        return messages.getMessage(phrase.key(), args, reader.locale());
    }

    /** Lines, one under the other. */
    public String lines(List<Phrase> phrases, Reader reader) {
        return phrases.stream().map(phrase -> of(phrase, reader)).collect(Collectors.joining("\n"));
    }

    private String of(Phrase.Arg arg, Reader reader) {
        if (arg.phrase() != null) {
            return of(arg.phrase(), reader);
        }
        if (arg.session() != null) {
            return sessions.titleOf(arg.session(), reader.locale()).orElse(Objects.requireNonNullElse(arg.text(), arg.session()));
        }
        if (arg.at() == null) {
            return Objects.requireNonNullElse(arg.text(), "");
        }
        String conference = when(arg.at(), ConferenceTime.ZONE, reader);
        if (arg.zone() != null && !ZoneId.of(arg.zone()).equals(ConferenceTime.ZONE)) {
            return messages.getMessage("when.speakerZone", new Object[] {conference, when(arg.at(), ZoneId.of(arg.zone()), reader),
                    arg.zone()}, reader.locale());
        }
        if (!reader.zone().equals(ConferenceTime.ZONE)) {
            return messages.getMessage("when.ownZone", new Object[] {conference, when(arg.at(), reader.zone(), reader),
                    reader.zone().getId()}, reader.locale());
        }
        return conference;
    }

    private String when(Instant at, ZoneId zone, Reader reader) {
        String pattern = messages.getMessage("when.pattern", null, reader.locale());
        return DateTimeFormatter.ofPattern(pattern, reader.locale()).format(at.atZone(zone));
    }
}
