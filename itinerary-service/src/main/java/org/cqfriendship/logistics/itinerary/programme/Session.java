package org.cqfriendship.logistics.itinerary.programme;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item of the conference programme. {@code illustrative} marks details the source reports do
 * not state (times, venues, capacities) and that we invented for the demo. A {@code dropIn}
 * session (the exhibition) is visited at any time while it is open, so it never overlaps another.
 *
 * @param capacity       seats, or null where there is no limit
 * @param interpretation the languages the session's interpreters cover (Chinese is spoken on stage)
 * @param meal           the meal served there (the kitchen counts it), or null where no food is served
 * @param partOf         the event this session is one part of (a heat of the hotpot contest, a block of
 *                       matchmaking tables, a slot of carnival stalls), or null; a member at a part is not also counted
 *                       as overlapping with the event itself
 */
public record Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                      boolean illustrative, boolean dropIn, Integer capacity, List<String> interpretation, String meal,
                      String partOf) {

    public static final java.time.ZoneId CONFERENCE_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    @ConstructorBinding
    public Session {
        interpretation = interpretation == null ? List.of() : List.copyOf(interpretation);
        meal = meal == null || meal.isBlank() ? null : meal;
        partOf = partOf == null || partOf.isBlank() ? null : partOf;
    }

    public Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   boolean illustrative, boolean dropIn, Integer capacity, List<String> interpretation, String meal) {
        this(id, title, venue, startsAt, endsAt, illustrative, dropIn, capacity, interpretation, meal, null);
    }


    public Session(String id, String title, String venue, OffsetDateTime startsAt, OffsetDateTime endsAt,
                   boolean illustrative, boolean dropIn) {
        this(id, title, venue, startsAt, endsAt, illustrative, dropIn, null, List.of(), null, null);
    }
}
