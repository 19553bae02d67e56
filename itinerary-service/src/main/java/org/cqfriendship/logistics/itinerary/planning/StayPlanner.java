package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.RoomBooking.Lodging;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stay around the sessions: each member's hotel, where each pickup drives to, the drop-off
 * for each departure, and the hotel nights that do not work.
 */
final class StayPlanner {

    /** From reaching the hotel until the party can leave it again: check-in, bags in the room. */
    static final Duration AT_HOTEL = Duration.ofMinutes(30);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final StaySettings settings;
    private final Duration transferBuffer;

    StayPlanner(StaySettings settings, Duration transferBuffer) {
        this.settings = settings;
        this.transferBuffer = transferBuffer;
    }

    /** A hotel entry per member with a room: from check-in on their first night to check-out after their last. */
    List<ItineraryEntry> hotels(RegisteredDelegation delegation, Map<String, Lodging> rooms) {
        List<ItineraryEntry> entries = new ArrayList<>();
        for (Traveller member : delegation.members()) {
            Lodging lodging = rooms.get(member.memberId());
            if (lodging == null || !lodging.housed()) {
                continue;
            }
            var hotel = lodging.hotel();
            LocalDate first = lodging.nights().get(0);
            LocalDate last = lodging.nights().get(lodging.nights().size() - 1);
            int nights = lodging.nights().size();
            String title = "%s: %s, %d %s from %s".formatted(hotel.name(), lodging.roomType().toLowerCase(Locale.ROOT), nights,
                    nights == 1 ? "night" : "nights", DAY.format(first))
                    + (lodging.sharedWith() == null ? "" : ", shared with " + lodging.sharedWith());
            // Whoever shares the room is named beside the member: the words in every language.
            List<String> names = lodging.sharedWith() == null ? List.of(member.name()) : List.of(member.name(), lodging.sharedWith());
            entries.add(new ItineraryEntry("hotel-" + member.memberId(), ItineraryEntry.Kind.HOTEL, title, hotel.address(),
                    first.atTime(hotel.checkIn()).atZone(ConferenceTime.ZONE).toInstant(),
                    last.plusDays(1).atTime(hotel.checkOut()).atZone(ConferenceTime.ZONE).toInstant(), names, null,
                    List.of(), ItineraryEntry.Facts.stay(hotel.name(), lodging.roomType(), nights)));
        }
        return entries;
    }

    /**
     * The pickup with where it drives: to the party's hotel, or straight to the venue when the
     * party's first session that day can be made only that way (or it has no hotel).
     */
    ItineraryEntry destined(ItineraryEntry pickup, List<Traveller> party, Map<String, Lodging> rooms, Optional<Session> sameDay) {
        String port = pickup.place();
        Optional<RoomBooking.Hotel> hotel = party.stream().map(m -> rooms.get(m.memberId()))
                .filter(l -> l != null && l.housed()).map(Lodging::hotel).findFirst();
        Instant landed = pickup.startsAt();
        Instant atVenueDirect = landed.plus(transferBuffer);
        Optional<Session> straight = sameDay.filter(session -> !atVenueDirect.isAfter(session.startsAt().toInstant())
                && hotel.map(h -> viaHotel(landed, port, h).isAfter(session.startsAt().toInstant())).orElse(true));
        if (straight.isPresent()) {
            Session session = straight.get();
            int minutes = settings.venueMinutesFrom(port);
            String title = pickup.title() + ", straight to %s for %s (%d min drive)%s".formatted(settings.venueName(), session.title(), minutes,
                    hotel.map(h -> ": by way of " + h.name() + " it would start before they arrive").orElse(""));
            return retitled(pickup, title, pickup.facts().to(null, minutes, session.id()));
        }
        return hotel.map(h -> retitled(pickup, pickup.title() + " to %s (%d min drive)".formatted(h.name(), h.minutesFrom(port)),
                pickup.facts().to(h.name(), h.minutesFrom(port), null))).orElse(pickup);
    }

    /** When the party would reach the venue by way of the hotel: the drive there, check-in, the drive on. */
    private Instant viaHotel(Instant landed, String port, RoomBooking.Hotel hotel) {
        Duration offTheFlight = transferBuffer.minusMinutes(settings.venueMinutesFrom(port));
        return landed.plus(offTheFlight).plusSeconds(60L * hotel.minutesFrom(port)).plus(AT_HOTEL).plusSeconds(60L * hotel.minutesToVenue());
    }

    /**
     * A departing party (same port, flight or train, and time): from where it leaves (the hotel,
     * or the venue for those without a room), when (early enough to be at the port the set time
     * before: 120 minutes before an international flight, 60 before a domestic one, 30 before a
     * train), and the drive.
     */
    record Leaving(List<Traveller> party, Optional<RoomBooking.Hotel> hotel, String from, String port, Instant collectedAt,
                   Instant atPort, int minutes, Duration before) {

        Traveller first() {
            return party.stream().min(Comparator.comparing(Traveller::memberId)).orElseThrow();
        }
    }

    /**
     * The departing parties. A departure by road leaves on its own; a cancelled departure has
     * none until it is booked again; a delayed or re-timed one is timed from when it now leaves.
     */
    List<Leaving> leaving(RegisteredDelegation delegation, Map<String, Lodging> rooms) {
        Map<String, List<Traveller>> parties = new LinkedHashMap<>();
        for (Traveller member : delegation.members()) {
            var stay = member.stay();
            if (member.inPerson() && member.departsAt() != null && stay.departurePort() != null && !"ROAD".equals(stay.departureMode())
                    && !stay.departureCancelled()) {
                String key = stay.departurePort() + "-" + member.leavesAt().getEpochSecond() + "-" + stay.departureService();
                parties.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
            }
        }
        List<Leaving> leaving = new ArrayList<>();
        for (List<Traveller> party : parties.values()) {
            var stay = party.get(0).stay();
            String port = stay.departurePort();
            Optional<RoomBooking.Hotel> hotel = party.stream().map(m -> rooms.get(m.memberId()))
                    .filter(l -> l != null && l.housed()).map(Lodging::hotel).findFirst();
            int minutes = hotel.map(h -> h.minutesFrom(port)).orElse(settings.venueMinutesFrom(port));
            Duration before = settings.atPortBefore(stay.departureMode(), stay.departureService());
            Instant atPort = party.get(0).leavesAt().minus(before);
            leaving.add(new Leaving(List.copyOf(party), hotel, hotel.map(RoomBooking.Hotel::name).orElse(settings.venueName()), port,
                    atPort.minusSeconds(60L * minutes), atPort, minutes, before));
        }
        return leaving;
    }

    /** A drop-off entry per departing party, from where it leaves to the port. */
    List<ItineraryEntry> dropOffs(RegisteredDelegation delegation, Map<String, Lodging> rooms) {
        List<ItineraryEntry> entries = new ArrayList<>();
        for (Leaving leaving : leaving(delegation, rooms)) {
            Traveller first = leaving.first();
            var stay = first.stay();
            String retimed = first.leavesAt().equals(first.departsAt()) ? "" : ", re-timed from " + clock(first.departsAt());
            String title = "Drop-off from %s to %s%s (%d min drive, at the %s %d minutes before it leaves at %s%s)".formatted(leaving.from(),
                    leaving.port(), stay.departureService() == null ? "" : " for " + stay.departureService(), leaving.minutes(),
                    "RAIL".equals(stay.departureMode()) ? "station" : "airport", leaving.before().toMinutes(), clock(first.leavesAt()), retimed);
            entries.add(new ItineraryEntry("drop-off-" + first.memberId(), ItineraryEntry.Kind.DROP_OFF, title, leaving.from(),
                    leaving.collectedAt(), leaving.atPort(), leaving.party().stream().map(Traveller::name).toList(), null, List.of(),
                    ItineraryEntry.Facts.dropOff(leaving.hotel().map(RoomBooking.Hotel::name).orElse(null), leaving.port(),
                            stay.departureService(), leaving.minutes())));
        }
        return entries;
    }

    /** Nights asked for with no room left, and hotel nights that do not match the stay between arrival and departure. */
    List<Clash> clashes(RegisteredDelegation delegation, Map<String, Lodging> rooms) {
        List<Clash> clashes = new ArrayList<>();
        for (Traveller member : delegation.members()) {
            List<LocalDate> asked = member.stay().hotelNights();
            if (!member.inPerson() || asked.isEmpty()) {
                continue;
            }
            Lodging lodging = rooms.get(member.memberId());
            if (lodging != null && !lodging.unhoused().isEmpty()) {
                clashes.add(clash("no-room:", Clash.Kind.NO_ROOM, member, "No hotel room is left for %s for the %s of %s; they are on the waiting list and get the first room that frees."
                        .formatted(member.name(), lodging.unhoused().size() == 1 ? "night" : "nights", days(lodging.unhoused()))));
            }
            nightsOutsideStay(member).ifPresent(clashes::add);
        }
        return clashes;
    }

    private Optional<Clash> nightsOutsideStay(Traveller member) {
        boolean arriving = member.arrival() != null && !member.arrival().cancelled();
        LocalDate arrives = arriving ? day(member.arrival().effectiveAt()) : null;
        LocalDate departs = member.departsAt() == null ? null : day(member.departsAt());
        if (arrives == null && departs == null) {
            return Optional.empty();
        }
        List<LocalDate> asked = member.stay().hotelNights();
        boolean outside = asked.stream().anyMatch(n -> (arrives != null && n.isBefore(arrives)) || (departs != null && !n.isBefore(departs)));
        List<LocalDate> stay = arrives != null && departs != null ? arrives.datesUntil(departs).toList() : List.of();
        boolean missing = stay.stream().anyMatch(n -> !asked.contains(n));
        if (!outside && !missing) {
            return Optional.empty();
        }
        String stayWords = (arrives == null ? "" : "arrives on " + DAY.format(arrives))
                + (arrives != null && departs != null ? " and " : "") + (departs == null ? "" : "departs on " + DAY.format(departs));
        String cover = stay.isEmpty() ? "" : "; the nights of " + days(stay) + " would cover the stay";
        return Optional.of(clash("nights:", Clash.Kind.NIGHTS_OUTSIDE_STAY, member,
                "%s asked for hotel nights of %s but %s%s.".formatted(member.name(), days(asked), stayWords, cover)));
    }

    private static Clash clash(String prefix, Clash.Kind kind, Traveller member, String explanation) {
        boolean arriving = member.arrival() != null && !member.arrival().cancelled();
        return new Clash(prefix + member.memberId(), kind, member.memberId(), member.name(), null, null, null,
                arriving ? member.arrival().effectiveAt() : null, null, member.departsAt(), explanation);
    }

    private static ItineraryEntry retitled(ItineraryEntry entry, String title, ItineraryEntry.Facts facts) {
        return new ItineraryEntry(entry.entryId(), entry.kind(), title, entry.place(), entry.startsAt(), entry.endsAt(),
                entry.memberNames(), entry.timeZone(), entry.waiting(), facts);
    }

    private static String days(List<LocalDate> nights) {
        return nights.stream().map(DAY::format).collect(Collectors.joining(", "));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ConferenceTime.ZONE).toLocalDate();
    }

    private static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(ConferenceTime.ZONE));
    }

    static boolean sameDay(Instant a, Instant b) {
        return Objects.equals(day(a), day(b));
    }
}
