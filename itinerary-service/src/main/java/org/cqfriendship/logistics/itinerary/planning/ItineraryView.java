package org.cqfriendship.logistics.itinerary.planning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** An itinerary as the API shows it; times in the conference's zone (Asia/Shanghai). */
public record ItineraryView(String delegationId, String locality, String coordinatorId, List<EntryView> entries,
                            List<ClashView> clashes) {

    /**
     * {@code localStartsAt} is the start in a remote speaker's own {@code timeZone}, where there is
     * one; {@code waiting} are the members on a session's waiting list.
     */
    public record EntryView(String entryId, ItineraryEntry.Kind kind, String title, String place, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, List<String> members, String timeZone, OffsetDateTime localStartsAt,
                            List<String> waiting) {
    }

    public record ClashView(String clashId, Clash.Kind kind, String memberId, String memberName, String sessionId,
                            String explanation) {
    }

    static ItineraryView of(Itinerary itinerary) {
        return new ItineraryView(itinerary.delegationId(), itinerary.locality(), itinerary.coordinatorId(),
                itinerary.entries().stream().map(e -> new EntryView(e.entryId(), e.kind(), e.title(), e.place(),
                        local(e.startsAt()), local(e.endsAt()), e.memberNames(), e.timeZone(),
                        e.timeZone() == null ? null : e.startsAt().atZone(java.time.ZoneId.of(e.timeZone())).toOffsetDateTime(),
                        e.waiting()))
                        .toList(),
                itinerary.clashes().stream().map(c -> new ClashView(c.clashId(), c.kind(), c.memberId(), c.memberName(),
                        c.sessionId(), c.explanation())).toList());
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ItineraryPlanner.CONFERENCE_ZONE).toOffsetDateTime();
    }
}
