package org.cqfriendship.logistics.itinerary.interpretation;

import org.cqfriendship.logistics.itinerary.interpretation.SessionLanguages.Coverage;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees.Attendee;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.programme.StoredProgramme;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per session, the languages those signed up need interpretation into, and which of them nobody covers. */
@Service
public class InterpretationGaps {

    static final String INTERPRETER = "INTERPRETER";
    /** Sessions are held in Chinese. */
    static final String FLOOR_LANGUAGE = "zh";
    private final StoredProgramme programme;
    private final SessionAttendees attendees;

    InterpretationGaps(StoredProgramme programme, SessionAttendees attendees) {
        this.programme = programme;
        this.attendees = attendees;
    }

    /** Every session that takes place, in time order. */
    public List<SessionLanguages> sessions() {
        return sessions(attendees.bySession());
    }

    /** The same, from attendees already read. */
    public List<SessionLanguages> sessions(Map<String, List<Attendee>> bySession) {
        return programme.all().stream().filter(s -> !s.cancelled())
                .map(s -> languages(s.session(), bySession.getOrDefault(s.session().id(), List.of()))).toList();
    }

    static SessionLanguages languages(Session session, List<Attendee> attending) {
        TreeMap<String, List<Attendee>> needing = new TreeMap<>();
        for (Attendee attendee : attending) {
            attendee.member().needs().interpretationNeeded().forEach(language ->
                    needing.computeIfAbsent(language, l -> new ArrayList<>()).add(attendee));
        }
        List<SessionLanguages.Need> needs = new ArrayList<>();
        needing.forEach((language, who) -> needs.add(new SessionLanguages.Need(language, who.size(),
                who.stream().map(Attendee::label).toList(), coverage(session, language, who, attending))));
        return new SessionLanguages(session.id(), session.title(), session.startsAt(), session.interpretation(), needs);
    }

    private static Coverage coverage(Session session, String language, List<Attendee> needing, List<Attendee> attending) {
        if (language.equals(FLOOR_LANGUAGE) || language.startsWith(FLOOR_LANGUAGE + "-")) {
            return Coverage.FLOOR;
        }
        if (session.interpretation().contains(language)) {
            return Coverage.SESSION_INTERPRETERS;
        }
        boolean ownInterpreters = needing.stream().allMatch(member -> attending.stream().anyMatch(other ->
                other.delegationId().equals(member.delegationId()) && INTERPRETER.equals(other.member().role())
                        && other.member().needs().languages().contains(language)));
        return ownInterpreters ? Coverage.DELEGATION_INTERPRETER : Coverage.GAP;
    }
}
