package org.cqfriendship.logistics.itinerary.interpretation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The languages one session needs against what it offers. {@code offered} are the languages its
 * interpreters cover; a need is also covered by an interpreter of the member's own delegation who
 * attends and speaks the language.
 */
public record SessionLanguages(String sessionId, String title, OffsetDateTime startsAt, List<String> offered, List<Need> needs) {

    public record Need(String language, int count, List<String> names, Coverage coverage) {
    }

    /** {@code FLOOR}: the language spoken on stage (Chinese), needing no interpreter. */
    public enum Coverage { FLOOR, SESSION_INTERPRETERS, DELEGATION_INTERPRETER, GAP }

    /** The languages nobody covers. */
    public List<Need> gaps() {
        return needs.stream().filter(n -> n.coverage() == Coverage.GAP).toList();
    }
}
