package org.cqfriendship.logistics.itinerary.interpretation;

import org.assertj.core.groups.Tuple;
import org.cqfriendship.logistics.itinerary.interpretation.SessionLanguages.Coverage;
import org.cqfriendship.logistics.itinerary.planning.Needs;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees.Attendee;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class InterpretationGapsTest {

    static final Session OPENING = new Session("opening-ceremony", "Opening ceremony", "Main hall",
            OffsetDateTime.parse("2026-05-20T11:20:00+08:00"), OffsetDateTime.parse("2026-05-20T12:30:00+08:00"), false, false,
            800, List.of("en", "ru"), null);

    static Attendee member(String delegation, String name, String role, List<String> speaks, List<String> needs) {
        return new Attendee(delegation, delegation, new Traveller(name, role, name, null, List.of("opening-ceremony"), null, null,
                new Needs(speaks, needs, Set.of(), Set.of(), null), null));
    }

    @Test
    void flagsALanguageNeitherTheSessionNorTheDelegationsOwnInterpreterCovers() {
        SessionLanguages languages = InterpretationGaps.languages(OPENING, List.of(
                member("Luang Prabang", "Chair S", "HEAD", List.of("lo"), List.of("lo")),
                member("Luang Prabang", "Ms K", "INTERPRETER", List.of("lo", "zh"), List.of()),
                member("Pest County", "Ádám", "HEAD", List.of("hu"), List.of("hu")),
                member("Jizzakh", "Governor M", "HEAD", List.of("uz", "ru"), List.of("ru"))));

        assertThat(languages.needs()).extracting(SessionLanguages.Need::language, SessionLanguages.Need::coverage).containsExactly(
                Tuple.tuple("hu", Coverage.GAP),
                Tuple.tuple("lo", Coverage.DELEGATION_INTERPRETER),
                Tuple.tuple("ru", Coverage.SESSION_INTERPRETERS));
        assertThat(languages.gaps()).singleElement().satisfies(gap -> assertThat(gap.names()).containsExactly("Ádám (Pest County)"));
    }

    @Test
    void anInterpreterOfAnotherDelegationDoesNotCoverTheNeed() {
        SessionLanguages languages = InterpretationGaps.languages(OPENING, List.of(
                member("Luang Prabang", "Chair S", "HEAD", List.of("lo"), List.of("lo")),
                member("Vientiane", "Mr P", "INTERPRETER", List.of("lo", "zh"), List.of())));

        assertThat(languages.gaps()).extracting(SessionLanguages.Need::language).containsExactly("lo");
    }
}
