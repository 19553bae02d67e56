package org.cqfriendship.logistics.itinerary.pages;

import org.cqfriendship.logistics.itinerary.interpretation.SessionLanguages;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees.SignUp;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.programme.StoredProgramme;
import org.cqfriendship.logistics.support.exports.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme's lists as sheets, the same as the programme page shows: who is signed up for
 * each session and who waits for a seat, and the interpretation each session needs.
 */
final class ProgrammeSheets {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Locale locale;

    ProgrammeSheets(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A row per sign-up, in programme order, seated before waiting. */
    Sheet signUps(List<StoredProgramme.SessionView> sessions, List<SignUp> signUps) {
        Map<String, Session> byId = sessions.stream().map(StoredProgramme.SessionView::session)
                .collect(Collectors.toMap(Session::id, Function.identity()));
        Sheet.Builder sheet = Sheet.named(text("export.signUps"), text("export.session"), text("export.startsAt"), text("export.venue"),
                text("export.locality"), text("export.name"), text("export.status"));
        signUps.stream().filter(s -> byId.containsKey(s.sessionId()))
                .sorted(Comparator.comparing((SignUp s) -> sessionOf(s, byId).startsAt()).thenComparing(SignUp::sessionId)
                        .thenComparing(SignUp::waiting).thenComparing(SignUp::locality).thenComparing(SignUp::name))
                .forEach(s -> {
                    Session session = sessionOf(s, byId);
                    Session.Texts texts = session.in(locale);
                    sheet.row(texts.title(), WHEN.format(session.startsAt()), texts.venue(), s.locality(), s.name(),
                            text(s.waiting() ? "export.waiting" : "export.seated"));
                });
        return sheet.build();
    }

    /** A row per language a session needs, with how it is covered and who needs it. */
    Sheet interpretation(List<SessionLanguages> sessions, Map<String, String> titles) {
        Sheet.Builder sheet = Sheet.named(text("export.interpretation"), text("export.session"), text("export.startsAt"),
                text("export.language"), text("export.count"), text("export.coverage"), text("export.names"));
        for (SessionLanguages session : sessions) {
            for (SessionLanguages.Need need : session.needs()) {
                sheet.row(titles.getOrDefault(session.sessionId(), session.title()), WHEN.format(session.startsAt()), need.language(),
                        need.count(), text("export.coverage." + need.coverage()), String.join(", ", need.names()));
            }
        }
        return sheet.build();
    }

    /** The session of a sign-up kept because its session is among them. */
    private static Session sessionOf(SignUp signUp, Map<String, Session> byId) {
        return Objects.requireNonNull(byId.get(signUp.sessionId()));
    }

    private String text(String code) {
        return Objects.requireNonNullElse(messages.getMessage(code, null, code, locale), code);
    }
}
