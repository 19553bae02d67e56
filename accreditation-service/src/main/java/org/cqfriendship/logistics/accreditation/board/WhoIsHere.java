package org.cqfriendship.logistics.accreditation.board;

import org.cqfriendship.logistics.accreditation.programme.FlightStatus;
import org.cqfriendship.logistics.accreditation.roster.Person;
import org.cqfriendship.logistics.accreditation.scanning.Scan;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who is here on a day: the people expected to arrive that day against those scanned at a port
 * desk, per delegation; the heads of delegation not yet arrived with their flight's last status;
 * the accepted scans per place; arrivals by hour. Three reads: that day's arrivals, that day's
 * scans, and the flights of the heads still awaited; none grows with earlier days.
 */
@Component
public class WhoIsHere {

    private final MongoTemplate mongo;

    WhoIsHere(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record DelegationRow(String delegationId, @Nullable String locality, @Nullable String country, int expected, int arrived) {
    }

    public record AwaitedHead(@Nullable String displayName, @Nullable String locality, @Nullable String country,
                              @Nullable String port, @Nullable String number, @Nullable Instant scheduledAt,
                              @Nullable String flightStatus, @Nullable Instant expectedAt) {

        public String scheduledTime() {
            return AccreditationSettings.clockTime(scheduledAt);
        }

        public String expectedTime() {
            return AccreditationSettings.clockTime(expectedAt);
        }
    }

    public record Board(LocalDate day, int expected, int arrived, List<DelegationRow> delegations, List<AwaitedHead> awaitedHeads,
                        Map<String, Long> scansByPlace, long[] arrivalsByHour, String version) {

        public long busiestHour() {
            return Arrays.stream(arrivalsByHour).max().orElse(0);
        }
    }

    public Board on(LocalDate day) {
        List<Person> expected = mongo.find(Query.query(Criteria.where("arrivalDay").is(day).and("withdrawn").is(false)), Person.class)
                .stream().filter(person -> person.role() != null).toList();
        Query accepted = Query.query(Criteria.where("day").is(day).and("refusal").is(null));
        accepted.fields().include("placeId", "placeKind", "memberId", "scannedAt");
        List<Scan> scans = mongo.find(accepted, Scan.class);
        List<Scan> arrivals = scans.stream().filter(scan -> scan.placeKind() == AccreditationSettings.Kind.PORT).toList();
        Set<String> arrived = arrivals.stream().map(Scan::memberId).collect(Collectors.toSet());

        Map<String, DelegationRow> rows = new LinkedHashMap<>();
        for (Person person : expected) {
            int here = arrived.contains(person.memberId()) ? 1 : 0;
            rows.merge(person.delegationId(), new DelegationRow(person.delegationId(), person.locality(), person.country(), 1, here),
                    (a, b) -> new DelegationRow(a.delegationId(), a.locality(), a.country(), a.expected() + 1, a.arrived() + b.arrived()));
        }
        List<Person> headsAwaited = expected.stream().filter(person -> person.isHead() && !arrived.contains(person.memberId()))
                .sorted(Comparator.comparing(Person::arrivalAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Map<String, FlightStatus> flights = headsAwaited.isEmpty() ? Map.of()
                : mongo.find(Query.query(Criteria.where("_id").in(headsAwaited.stream().filter(p -> p.arrivalNumber() != null)
                        .map(p -> FlightStatus.idOf(p.arrivalNumber(), day)).toList())), FlightStatus.class)
                .stream().collect(Collectors.toMap(FlightStatus::id, Function.identity()));
        List<AwaitedHead> awaited = headsAwaited.stream().map(person -> {
            FlightStatus flight = person.arrivalNumber() == null ? null : flights.get(FlightStatus.idOf(person.arrivalNumber(), day));
            return new AwaitedHead(person.displayName(), person.locality(), person.country(), person.arrivalPort(), person.arrivalNumber(),
                    person.arrivalAt(), flight == null ? null : flight.status(), flight == null ? null : flight.expectedAt());
        }).toList();

        Map<String, Long> byPlace = new TreeMap<>(scans.stream().collect(Collectors.groupingBy(Scan::placeId, Collectors.counting())));
        long[] byHour = new long[24];
        arrivals.forEach(scan -> byHour[scan.scannedAt().atZone(ConferenceTime.ZONE).getHour()]++);
        int arrivedOfExpected = (int) expected.stream().filter(person -> arrived.contains(person.memberId())).count();
        return new Board(day, expected.size(), arrivedOfExpected,
                rows.values().stream().sorted(Comparator.comparing(row -> row.locality() == null ? "" : row.locality())).toList(),
                awaited, byPlace, byHour, versionOn(day));
    }

    /** What the board shows changes with this: the day's scans (one count). */
    public String versionOn(LocalDate day) {
        return Long.toString(mongo.count(Query.query(Criteria.where("day").is(day)), Scan.class));
    }
}
