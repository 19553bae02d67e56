package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans a delegation: one pickup per arriving party (same port, service and time), one entry per
 * programme session someone attends, and the clashes: a session outside the member's stay (over
 * before their arrival plus the transfer buffer, or starting after their departure less it), a
 * member arriving after the first session they can still make starts, travel cancelled, two
 * sessions of one member that overlap, a departure before a session the member attends has ended.
 */
@Component
public class ItineraryPlanner {

    static final int TECH_CHECK_MINUTES_BEFORE = 60;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final Programme programme;
    private final PlanningSettings settings;
    private final StayPlanner stays;

    @org.springframework.beans.factory.annotation.Autowired
    public ItineraryPlanner(Programme programme, PlanningSettings settings, StaySettings staySettings) {
        this.programme = programme;
        this.settings = settings;
        this.stays = new StayPlanner(staySettings, settings.transferBuffer());
    }

    public ItineraryPlanner(Programme programme, PlanningSettings settings) {
        this(programme, settings, StaySettings.DEFAULTS);
    }

    public record Plan(List<ItineraryEntry> entries, List<Clash> clashes) {
    }

    public Plan plan(RegisteredDelegation delegation) {
        return plan(delegation, programme.snapshot());
    }

    /** Plans against a given state of the programme, so that a pass over many itineraries reads it once. */
    public Plan plan(RegisteredDelegation delegation, Programme programme) {
        return plan(delegation, programme, Seating.UNLIMITED);
    }

    /** Plans with the seats booked at sessions with limited seats: a member waiting for one has a clash. */
    public Plan plan(RegisteredDelegation delegation, Programme programme, Seating seating) {
        return plan(delegation, programme, seating, Map.of());
    }

    /** Plans with the members' hotel rooms as booked ({@code rooms}, by member id): hotels, pickups to them, drop-offs from them. */
    public Plan plan(RegisteredDelegation delegation, Programme programme, Seating seating, Map<String, RoomBooking.Lodging> rooms) {
        return plan(delegation, programme, seating, rooms, null);
    }

    /** Plans with the delegation's carnival stall at {@code pitch} (null: none allocated). */
    public Plan plan(RegisteredDelegation delegation, Programme programme, Seating seating, Map<String, RoomBooking.Lodging> rooms,
                     StallPitches.Pitch pitch) {
        List<ItineraryEntry> entries = new ArrayList<>(pickups(delegation, programme, rooms));
        entries.addAll(sessions(delegation, programme, seating));
        entries.addAll(stall(delegation, programme, pitch));
        entries.addAll(stays.hotels(delegation, rooms));
        entries.addAll(stays.dropOffs(delegation, rooms));
        entries.sort(Comparator.comparing(ItineraryEntry::startsAt).thenComparing(ItineraryEntry::entryId));
        List<Clash> clashes = new ArrayList<>(clashes(delegation, programme));
        clashes.addAll(noSeat(delegation, programme, seating));
        clashes.addAll(stays.clashes(delegation, rooms));
        return new Plan(List.copyOf(entries), List.copyOf(clashes));
    }

    /** The drop-off entries of the delegation's departing parties, as {@link #plan} makes them. */
    List<ItineraryEntry> dropOffs(RegisteredDelegation delegation, Map<String, RoomBooking.Lodging> rooms) {
        return stays.dropOffs(delegation, rooms);
    }

    /** Each departing member's ride to their port: from where they stay, when, and for which flight or train. */
    public List<TransferBooking.Departure> departures(RegisteredDelegation delegation, Map<String, RoomBooking.Lodging> rooms) {
        List<TransferBooking.Departure> departures = new ArrayList<>();
        for (StayPlanner.Leaving leaving : stays.leaving(delegation, rooms)) {
            leaving.party().forEach(member -> departures.add(new TransferBooking.Departure(member.memberId(), leaving.port(),
                    member.stay().departureService(), leaving.from(), leaving.collectedAt(), leaving.atPort())));
        }
        return departures;
    }

    /** The programme as it is now, to plan several itineraries with. */
    public Programme programmeNow() {
        return programme.snapshot();
    }

    /** A pickup per arriving party (same port, service and time), to its hotel or the venue; none for arrivals by road. */
    private List<ItineraryEntry> pickups(RegisteredDelegation delegation, Programme programme, Map<String, RoomBooking.Lodging> rooms) {
        Map<String, List<Traveller>> parties = new LinkedHashMap<>();
        for (Traveller member : delegation.members()) {
            if (member.arrival() != null && !member.arrival().cancelled() && !"ROAD".equals(member.arrival().mode())) {
                var a = member.arrival();
                String key = a.port() + "-" + a.effectiveAt().getEpochSecond() + (a.service() == null ? "" : "-" + a.service());
                parties.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
            }
        }
        return parties.values().stream().map(party -> {
            var arrival = party.get(0).arrival();
            String title = "Pickup at " + arrival.port() + serviceNote(arrival);
            // Named after its first member, so a re-timed flight shows as the same pickup moved.
            String firstMember = party.stream().map(Traveller::memberId).min(Comparator.naturalOrder()).orElseThrow();
            ItineraryEntry pickup = new ItineraryEntry("pickup-" + firstMember, ItineraryEntry.Kind.PICKUP, title, arrival.port(),
                    arrival.effectiveAt(), null, names(party), null, List.of(),
                    ItineraryEntry.Facts.pickup(arrival.service(), arrival.retimed() ? arrival.at() : null));
            return stays.destined(pickup, party, rooms, firstSessionSameDay(party, programme, arrival.effectiveAt()));
        }).toList();
    }

    /** The first session a member of the party attends in person that starts on the day they land, after they land. */
    private static Optional<Session> firstSessionSameDay(List<Traveller> party, Programme programme, Instant landed) {
        return party.stream().flatMap(m -> m.attends().stream()).distinct().map(programme::session).flatMap(Optional::stream)
                .filter(s -> s.startsAt().toInstant().isAfter(landed) && StayPlanner.sameDay(s.startsAt().toInstant(), landed))
                .min(Comparator.comparing(Session::startsAt));
    }

    /**
     * The delegation's stall in each slot of its pitch, from the set-up to the slot's end (none
     * while it has no application or no pitch).
     */
    private static List<ItineraryEntry> stall(RegisteredDelegation delegation, Programme programme, StallPitches.Pitch pitch) {
        if (delegation.stall() == null || pitch == null) {
            return List.of();
        }
        return pitch.slots().stream().flatMap(slot -> programme.session(slot).stream()).map(slot -> {
            Instant setUp = slot.startsAt().toInstant().minus(Duration.ofMinutes(pitch.setUpMinutes()));
            String title = "Food carnival stall, pitch " + pitch.number() + ": set up from "
                    + setUp.atZone(ConferenceTime.ZONE).toLocalTime() + ", serve " + slot.startsAt().toLocalTime() + "–"
                    + slot.endsAt().toLocalTime();
            return new ItineraryEntry("stall-" + slot.id(), ItineraryEntry.Kind.STALL, title, slot.venue(), setUp,
                    slot.endsAt().toInstant(), List.of(), null, List.of(), ItineraryEntry.Facts.stall(slot.id(), pitch.number()));
        }).toList();
    }

    private static List<ItineraryEntry> sessions(RegisteredDelegation delegation, Programme programme, Seating seating) {
        Map<String, List<Traveller>> attendees = new LinkedHashMap<>();
        for (Traveller member : delegation.members()) {
            for (String sessionId : member.attends()) {
                attendees.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(member);
            }
        }
        List<ItineraryEntry> entries = new ArrayList<>();
        attendees.forEach((sessionId, members) -> programme.session(sessionId).ifPresent(session -> {
            List<Traveller> waiting = members.stream()
                    .filter(m -> seating.statusOf(session.id(), m.memberId()) == Seating.Status.WAITING).toList();
            List<Traveller> seated = members.stream().filter(m -> !waiting.contains(m)).toList();
            entries.add(new ItineraryEntry("session-" + session.id(), ItineraryEntry.Kind.SESSION, session.title(),
                    session.venue(), session.startsAt().toInstant(), session.endsAt().toInstant(), names(seated), null,
                    names(waiting), ItineraryEntry.Facts.session(session.id())));
            members.stream().filter(m -> m.remoteTimeZone() != null).forEach(speaker -> entries.addAll(videoLink(speaker, session)));
        }));
        return entries;
    }

    /**
     * A video-link speaker's part in a session, in their own zone as well: the speech itself, and a
     * tech check {@value #TECH_CHECK_MINUTES_BEFORE} minutes before it (half an hour long), so that
     * a reschedule moves both.
     */
    private static List<ItineraryEntry> videoLink(Traveller speaker, Session session) {
        Instant starts = session.startsAt().toInstant();
        return List.of(
                new ItineraryEntry("speech-" + speaker.memberId() + "-" + session.id(), ItineraryEntry.Kind.VIDEO_SPEECH,
                        "Video-link speech at " + session.title(), "Video link", starts, session.endsAt().toInstant(),
                        List.of(speaker.name()), speaker.remoteTimeZone(), List.of(), ItineraryEntry.Facts.session(session.id())),
                new ItineraryEntry("tech-check-" + speaker.memberId() + "-" + session.id(), ItineraryEntry.Kind.TECH_CHECK,
                        "Tech check before " + session.title(), "Video link", starts.minus(Duration.ofMinutes(TECH_CHECK_MINUTES_BEFORE)),
                        starts.minus(Duration.ofMinutes(TECH_CHECK_MINUTES_BEFORE - 30)), List.of(speaker.name()),
                        speaker.remoteTimeZone(), List.of(), ItineraryEntry.Facts.session(session.id())));
    }

    /** A member on a session's waiting list: no seat yet (they move up when one frees). */
    private static List<Clash> noSeat(RegisteredDelegation delegation, Programme programme, Seating seating) {
        List<Clash> clashes = new ArrayList<>();
        for (Traveller member : delegation.members()) {
            for (String sessionId : member.attends()) {
                if (seating.statusOf(sessionId, member.memberId()) == Seating.Status.WAITING) {
                    programme.session(sessionId).ifPresent(session -> clashes.add(new Clash(
                            "no-seat:" + member.memberId() + ":" + session.id(), Clash.Kind.NO_SEAT, member.memberId(),
                            member.name(), session.id(), session.title(), session.startsAt().toInstant(),
                            member.arrival() == null ? null : member.arrival().effectiveAt(), null, null,
                            member.name() + " has no seat at " + session.title() + " (" + DAY.format(session.startsAt())
                                    + ", " + CLOCK.format(session.startsAt()) + "): all " + session.capacity()
                                    + " seats are taken, so they are on the waiting list and move up when a seat frees.")));
                }
            }
        }
        return clashes;
    }

    private List<Clash> clashes(RegisteredDelegation delegation, Programme programme) {
        List<Clash> clashes = new ArrayList<>();
        for (Traveller member : delegation.members()) {
            List<Session> sessions = member.attends().stream().map(programme::session).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Session::startsAt)).toList();
            // A member at a heat of the contest is at the contest: the event counts through its part.
            Set<String> withPartAttended = sessions.stream().map(Session::partOf).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            List<Session> commitments = sessions.stream().filter(s -> !withPartAttended.contains(s.id())).toList();
            boolean cancelled = member.arrival() != null && member.arrival().cancelled();
            if (cancelled) {
                clashes.add(cancelled(member, commitments.stream().findFirst().orElse(null)));
            }
            List<Session> reachable = new ArrayList<>();
            for (Session session : commitments) {
                outsideStay(member, session).ifPresentOrElse(clashes::add, () -> reachable.add(session));
            }
            if (member.arrival() != null && !cancelled && !reachable.isEmpty()) {
                lateArrival(member, reachable.get(0)).ifPresent(clashes::add);
            }
            clashes.addAll(overlaps(member, commitments.stream().filter(s -> !s.dropIn()).toList()));
            if (member.departsAt() != null) {
                reachable.forEach(session -> earlyDeparture(member, session).ifPresent(clashes::add));
            }
        }
        return List.copyOf(clashes);
    }

    /**
     * A session the member can attend none of: over before they can reach the venue from their
     * arrival, or starting after they must leave for their departure (each less the buffer).
     */
    private Optional<Clash> outsideStay(Traveller member, Session session) {
        Instant starts = session.startsAt().toInstant();
        Instant ends = session.endsAt().toInstant();
        boolean arriving = member.arrival() != null && !member.arrival().cancelled();
        Instant earliest = arriving ? member.arrival().effectiveAt().plus(settings.transferBuffer()) : null;
        Instant mustLeave = member.departsAt() == null ? null : member.departsAt().minus(settings.transferBuffer());
        String explanation;
        boolean beforeArrival = earliest != null && !earliest.isBefore(ends);
        if (beforeArrival) {
            explanation = "%s arrives at %s at %s on %s%s and can be at a venue from %s; %s (%s–%s on %s) is over by then."
                    .formatted(member.name(), member.arrival().port(), clock(member.arrival().effectiveAt()),
                            day(member.arrival().effectiveAt()), serviceNote(member.arrival()), clock(earliest), session.title(),
                            clock(starts), clock(ends), day(starts));
        } else if (mustLeave != null && !mustLeave.isAfter(starts)) {
            explanation = "%s departs at %s on %s and must leave the venues by %s; %s (%s–%s on %s) starts after that."
                    .formatted(member.name(), clock(member.departsAt()), day(member.departsAt()), clock(mustLeave), session.title(),
                            clock(starts), clock(ends), day(starts));
        } else {
            return Optional.empty();
        }
        // The side of the stay it falls off: the earliest time at a venue, or the departure.
        return Optional.of(new Clash("outside-stay:" + member.memberId() + ":" + session.id(), Clash.Kind.OUTSIDE_STAY,
                member.memberId(), member.name(), session.id(), session.title(), starts,
                arriving ? member.arrival().effectiveAt() : null, beforeArrival ? earliest : null,
                beforeArrival ? null : member.departsAt(), explanation));
    }

    /** Each session that starts before the one before it (in start order) has ended. */
    private static List<Clash> overlaps(Traveller member, List<Session> sessions) {
        List<Clash> overlaps = new ArrayList<>();
        for (int i = 1; i < sessions.size(); i++) {
            Session earlier = sessions.get(i - 1);
            Session later = sessions.get(i);
            if (later.startsAt().isBefore(earlier.endsAt())) {
                Instant end = earlier.endsAt().isBefore(later.endsAt()) ? earlier.endsAt().toInstant() : later.endsAt().toInstant();
                long minutes = Duration.between(later.startsAt().toInstant(), end).toMinutes();
                String explanation = "%s is signed up for %s (%s–%s) and %s (%s–%s), which overlap by %d minutes."
                        .formatted(member.name(), earlier.title(), clock(earlier.startsAt().toInstant()), clock(earlier.endsAt().toInstant()),
                                later.title(), clock(later.startsAt().toInstant()), clock(later.endsAt().toInstant()), minutes);
                overlaps.add(new Clash("overlap:" + member.memberId() + ":" + earlier.id() + ":" + later.id(),
                        Clash.Kind.OVERLAPPING_SESSIONS, member.memberId(), member.name(), later.id(), later.title(),
                        later.startsAt().toInstant(), null, null, null, explanation));
            }
        }
        return overlaps;
    }

    /** The member must leave for their departure (the buffer before it) before the session ends. */
    private Optional<Clash> earlyDeparture(Traveller member, Session session) {
        Instant mustLeave = member.departsAt().minus(settings.transferBuffer());
        Instant ends = session.endsAt().toInstant();
        if (!mustLeave.isBefore(ends)) {
            return Optional.empty();
        }
        String explanation = "%s departs at %s on %s; with %d minutes to reach the station or airport they must leave the venue by %s, before %s ends at %s."
                .formatted(member.name(), clock(member.departsAt()), day(member.departsAt()), settings.transferBuffer().toMinutes(),
                        clock(mustLeave), session.title(), clock(ends));
        return Optional.of(new Clash("departs-early:" + member.memberId() + ":" + session.id(), Clash.Kind.DEPARTS_BEFORE_END,
                member.memberId(), member.name(), session.id(), session.title(), session.startsAt().toInstant(), null, null,
                member.departsAt(), explanation));
    }

    private Optional<Clash> lateArrival(Traveller member, Session session) {
        Instant arrival = member.arrival().effectiveAt();
        Instant earliest = arrival.plus(settings.transferBuffer());
        Instant starts = session.startsAt().toInstant();
        if (!earliest.isAfter(starts)) {
            return Optional.empty();
        }
        long lateMinutes = Duration.between(starts, earliest).toMinutes();
        String service = serviceNote(member.arrival());
        String explanation = "%s arrives at %s at %s on %s%s; with %d minutes to reach the venue the earliest arrival is %s, %d minutes after %s starts at %s."
                .formatted(member.name(), member.arrival().port(), clock(arrival), day(arrival), service,
                        settings.transferBuffer().toMinutes(), clock(earliest), lateMinutes, session.title(), clock(starts));
        return Optional.of(new Clash("late-arrival:" + member.memberId() + ":" + session.id(), Clash.Kind.LATE_ARRIVAL,
                member.memberId(), member.name(), session.id(), session.title(), starts, arrival, earliest, null, explanation));
    }

    private static Clash cancelled(Traveller member, Session firstSession) {
        var arrival = member.arrival();
        String explanation = "%s's %s to %s, scheduled %s on %s, is cancelled; %s has no way to Chongqing yet."
                .formatted(member.name(), arrival.service() == null ? "journey" : arrival.service(), arrival.port(),
                        clock(arrival.at()), day(arrival.at()), member.name())
                + (firstSession == null ? "" : " Their first commitment is " + firstSession.title() + " at "
                + clock(firstSession.startsAt().toInstant()) + " on " + day(firstSession.startsAt().toInstant()) + ".");
        return new Clash("flight-cancelled:" + member.memberId() + ":" + arrival.service(), Clash.Kind.FLIGHT_CANCELLED,
                member.memberId(), member.name(), firstSession == null ? null : firstSession.id(),
                firstSession == null ? null : firstSession.title(),
                firstSession == null ? null : firstSession.startsAt().toInstant(), arrival.at(), null, null, explanation);
    }

    /** " (QV619)", or " (QV619, delayed from 10:40)" once re-timed. */
    private static String serviceNote(RegisteredDelegation.Arrival arrival) {
        if (arrival.service() == null && !arrival.retimed()) {
            return "";
        }
        String service = arrival.service() == null ? "" : arrival.service();
        if (!arrival.retimed()) {
            return " (" + service + ")";
        }
        boolean sameDay = day(arrival.at()).equals(day(arrival.expectedAt()));
        return " (" + service + (service.isEmpty() ? "" : ", ") + "re-timed from " + clock(arrival.at())
                + (sameDay ? "" : " on " + day(arrival.at())) + ")";
    }

    private static List<String> names(List<Traveller> members) {
        return members.stream().map(Traveller::name).toList();
    }

    private static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(ConferenceTime.ZONE));
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(ConferenceTime.ZONE));
    }
}
