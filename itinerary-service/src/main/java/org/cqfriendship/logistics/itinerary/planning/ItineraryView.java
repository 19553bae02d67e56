package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.config.ConferenceTime;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An itinerary as the API shows it; times in the conference's zone (Asia/Shanghai). */
public record ItineraryView(String delegationId, String locality, String coordinatorId, List<EntryView> entries,
                            List<ClashView> clashes) {

    /**
     * {@code title} and {@code place} in the reader's language ({@code titleInEnglish}: the
     * programme has no translation of it yet); {@code localStartsAt} is the start in a remote
     * speaker's own {@code timeZone}, where there is one; {@code waiting} are the members on a
     * session's waiting list.
     */
    public record EntryView(String entryId, ItineraryEntry.Kind kind, String title, String place, OffsetDateTime startsAt,
                            OffsetDateTime endsAt, List<String> members, String timeZone, OffsetDateTime localStartsAt,
                            List<String> waiting, List<RideView> rides, boolean titleInEnglish) {
    }

    /**
     * At a pickup or a drop-off: what the member rides, and when it leaves (vehicle null: none free
     * yet); at a pickup, when the member was met at the port's desk (null: not yet).
     */
    public record RideView(String member, String vehicleId, String vehicleType, OffsetDateTime leavesAt, boolean dropOff,
                           OffsetDateTime metAt) {
    }

    /** {@code explanation} in the reader's language. */
    public record ClashView(String clashId, Clash.Kind kind, String memberId, String memberName, String sessionId,
                            String explanation) {
    }

    static ItineraryView of(Itinerary itinerary, TransferBooking.Rides rides, ItineraryWording.Reader words) {
        return new ItineraryView(itinerary.delegationId(), itinerary.locality(), itinerary.coordinatorId(),
                itinerary.entries().stream().map(e -> new EntryView(e.entryId(), e.kind(), words.title(e), words.place(e),
                        local(e.startsAt()), local(e.endsAt()), e.memberNames(), e.timeZone(),
                        e.timeZone() == null ? null : e.startsAt().atZone(ZoneId.of(e.timeZone())).toOffsetDateTime(),
                        e.waiting(), rides(itinerary, e, rides),
                        words.inEnglish(e)))
                        .toList(),
                itinerary.clashes().stream().map(c -> new ClashView(c.clashId(), c.kind(), c.memberId(), c.memberName(),
                        c.sessionId(), words.explanation(c, itinerary.locality()))).toList());
    }

    /** The rides of a pickup's or a drop-off's members, in the roster's order; none for other entries. */
    private static List<RideView> rides(Itinerary itinerary, ItineraryEntry entry, TransferBooking.Rides all) {
        Map<String, TransferBooking.Ride> rides = switch (entry.kind()) {
            case PICKUP -> all.pickups();
            case DROP_OFF -> all.dropOffs();
            default -> Map.of();
        };
        return itinerary.roster().stream().filter(m -> entry.memberNames().contains(m.name()) && rides.containsKey(m.memberId()))
                .map(m -> {
                    TransferBooking.Ride ride = rides.get(m.memberId());
                    return new RideView(m.name(), ride.vehicleId(), ride.vehicleType(), local(ride.leavesAt()),
                            entry.kind() == ItineraryEntry.Kind.DROP_OFF, local(ride.metAt()));
                }).toList();
    }

    /** The entries by day, each day named in the reader's language ("Wednesday, 20 May 2026", "2026年5月20日星期三"). */
    public Map<String, List<EntryView>> days(Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        Map<String, List<EntryView>> days = new LinkedHashMap<>();
        entries.forEach(e -> days.computeIfAbsent(day.format(e.startsAt()), d -> new ArrayList<>()).add(e));
        return days;
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ConferenceTime.ZONE).toOffsetDateTime();
    }
}
