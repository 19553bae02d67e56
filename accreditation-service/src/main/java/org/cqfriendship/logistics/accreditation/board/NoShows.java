package org.cqfriendship.logistics.accreditation.board;

import org.cqfriendship.logistics.accreditation.programme.Session;
import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.scanning.Scan;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sign-ups of a day's sessions not scanned at the session's door by {@code no-show-after}
 * (15 minutes) past its start. A scan at one of the doors the session is behind (configured per
 * place) from an hour before it starts until it ends counts, even on the day before or after
 * (a session near midnight). Three reads: the day's sessions, their sign-ups, the scans at their
 * doors on the days those windows touch.
 */
@Component
public class NoShows {

    /** A scan this long before a session starts already counts as being there. */
    private static final Duration EARLY = Duration.ofHours(1);

    private final MongoTemplate mongo;
    private final AccreditationSettings settings;
    private final Clock clock;

    NoShows(MongoTemplate mongo, AccreditationSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    public record Absent(@Nullable String displayName, @Nullable String locality, @Nullable String country, @Nullable String role) {
    }

    /**
     * @param due    whether {@code no-show-after} has passed since it started (before that, nobody is listed)
     * @param doors  the places scanning its door (none: its attendance is not taken)
     */
    public record SessionAttendance(Session session, boolean due, List<String> doors, int signedUp, int scanned, List<Absent> absent) {
    }

    public List<SessionAttendance> on(LocalDate day) {
        Instant from = day.atStartOfDay(ConferenceTime.ZONE).toInstant();
        List<Session> sessions = mongo.find(Query.query(Criteria.where("startsAt").gte(from).lt(from.plus(Duration.ofDays(1)))
                .and("cancelled").is(false)).with(Sort.by("startsAt")), Session.class);
        if (sessions.isEmpty()) {
            return List.of();
        }
        List<String> ids = sessions.stream().map(Session::id).toList();
        List<Person> signedUp = mongo.find(Query.query(Criteria.where("attends").in(ids).and("withdrawn").is(false)), Person.class);
        Map<String, List<String>> doorsOf = ids.stream().collect(Collectors.toMap(id -> id, id -> settings.places().entrySet().stream()
                .filter(place -> place.getValue().sessions().contains(id)).map(Map.Entry::getKey).toList()));
        Set<String> doors = doorsOf.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Query atDoors = Query.query(Criteria.where("day").in(daysScanned(sessions)).and("placeId").in(doors).and("refusal").is(null));
        atDoors.fields().include("placeId", "memberId", "scannedAt");
        List<Scan> scans = doors.isEmpty() ? List.of() : mongo.find(atDoors, Scan.class);
        Instant now = clock.instant();
        return sessions.stream().map(session -> {
            List<String> itsDoors = doorsOf.getOrDefault(session.id(), List.of());
            Set<String> there = scans.stream().filter(scan -> itsDoors.contains(scan.placeId())
                            && !scan.scannedAt().isBefore(session.startsAt().minus(EARLY)) && !scan.scannedAt().isAfter(session.endsAt()))
                    .map(Scan::memberId).collect(Collectors.toSet());
            List<Person> its = signedUp.stream().filter(person -> person.attends().contains(session.id())).toList();
            boolean due = !now.isBefore(session.startsAt().plus(settings.noShowAfter()));
            List<Absent> absent = !due || itsDoors.isEmpty() ? List.of() : its.stream().filter(person -> !there.contains(person.memberId()))
                    .sorted(Comparator.comparing(Person::locality, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Person::displayName, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(person -> new Absent(person.displayName(), person.locality(), person.country(), person.role())).toList();
            return new SessionAttendance(session, due, itsDoors, its.size(),
                    (int) its.stream().filter(person -> there.contains(person.memberId())).count(), absent);
        }).toList();
    }

    /** The conference days a scan counting for these sessions falls on: an hour before the first starts, until the last ends. */
    private static List<LocalDate> daysScanned(List<Session> sessions) {
        LocalDate first = sessions.get(0).startsAt().minus(EARLY).atZone(ConferenceTime.ZONE).toLocalDate();
        LocalDate last = sessions.stream().map(Session::endsAt).max(Comparator.naturalOrder()).orElseThrow()
                .atZone(ConferenceTime.ZONE).toLocalDate();
        return first.datesUntil(last.plusDays(1)).toList();
    }
}
