package org.cqfriendship.logistics.registration.desk;

import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A clash in the reader's language, in the same words as the coordinator's alert and the
 * itinerary (the shared {@code alert.clash.detail.*} messages), with the session titled as the
 * programme titles it in that language.
 */
final class ClashWording {

    private static final Set<String> KINDS = Set.of("LATE_ARRIVAL", "FLIGHT_CANCELLED", "OVERLAPPING_SESSIONS", "DEPARTS_BEFORE_END",
            "NO_SEAT", "OUTSIDE_STAY", "NO_ROOM", "NIGHTS_OUTSIDE_STAY");

    private ClashWording() {
    }

    static String of(DelegationRow.Clash clash, String locality, Map<String, String> sessionTitles, MessageSource messages,
                     Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(messages.getMessage("when.pattern", null, "d MMMM HH:mm", locale), locale)
                .withZone(ConferenceTime.ZONE);
        String kind = KINDS.contains(clash.kind()) ? clash.kind() : "LATE_ARRIVAL";
        boolean afterDeparture = "OUTSIDE_STAY".equals(kind) && clash.departureAt() != null;
        String session = sessionTitles.getOrDefault(clash.sessionId(), clash.sessionTitle());
        Object[] args = {locality, clash.memberName(), session, time(clash.sessionStartsAt(), when), time(clash.arrivalAt(), when),
                time(clash.earliestAtVenue(), when), time(clash.departureAt(), when)};
        return messages.getMessage("alert.clash.detail." + kind + (afterDeparture ? ".afterDeparture" : ""), args, locale);
    }

    private static String time(@Nullable Instant at, DateTimeFormatter when) {
        return at == null ? "—" : when.format(at);
    }
}
