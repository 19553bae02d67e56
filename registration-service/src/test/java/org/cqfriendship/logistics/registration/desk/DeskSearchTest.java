package org.cqfriendship.logistics.registration.desk;

import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.registration.delegation.Allergen;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationKind;
import org.cqfriendship.logistics.registration.delegation.Diet;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.MemberRole;
import org.cqfriendship.logistics.registration.delegation.TravelLeg;
import org.cqfriendship.logistics.registration.delegation.TravelMode;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The desk's search, filters, order and pages, on the store, with the conference's size (64
 * delegations) and ten times it: every answer is compared with the same question asked of the
 * delegations in memory. And the rows follow the events: a registration, a clash and its resolution.
 */
@EmbeddedPlatformTest
class DeskSearchTest extends ServiceScenarios {

    private static final String[] COUNTRIES = {"LA", "HU", "BY", "UZ", "RU", "FR", "ES", "KZ", "VN", "TH", "MM", "DE", "IT", "BR",
            "AR", "EG", "KE", "NZ", "JP", "KR", "PL", "RS", "MN", "PK", "ZA", "CL", "TR", "NP", "LK"};

    @Autowired
    DelegationRows rows;
    @Autowired
    MongoTemplate mongo;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    @ParameterizedTest(name = "{0}× the conference")
    @ValueSource(ints = {1, 10})
    void everySearchAndFilterFindsWhatTheDelegationsSay(int scale) {
        List<Delegation> conference = conference(scale);
        mongo.remove(new Query(), DelegationRow.COLLECTION);
        rows.write(conference);
        Delegation clashing = conference.get(7);
        rows.apply(List.of(new DelegationRows.Clash(clashing.id(), "late-arrival:x:opening-ceremony",
                new DelegationRow.Clash("LATE_ARRIVAL", "Given7", "opening-ceremony", "Opening ceremony", null, null, null, null))));
        DelegationRows.Scope everyone = DelegationRows.Scope.everyone();
        Delegation alerted = conference.get(11);
        rows.apply(List.of(new DelegationRows.Alert(alerted.id(), "alert-1", true, true), new DelegationRows.Alert(alerted.id(), "alert-2", false, true),
                new DelegationRows.Alert(conference.get(12).id(), "alert-3", false, true),
                new DelegationRows.Alert("not-registered-here", "alert-4", true, true)));
        assertThat(rows.countries()).as("a row the alerts made before its registration's has no country yet")
                .doesNotContainNull().contains("LA", "HU");

        assertFinds(query("Given5x0", null), everyone, conference, d -> d.id().equals(conference.get(5).id()));
        assertFinds(query("王12", null), everyone, conference, d -> names(d).contains("王12"));
        assertFinds(query("pécs", null), everyone, conference, d -> d.details().locality().startsWith("Pécs"));
        assertFinds(query("PECS given20x0", null), everyone, conference, d -> d.id().equals("desk-20"));
        assertFinds(query("Венгрия", null), everyone, conference, d -> d.details().country().equals("HU"));
        assertFinds(query("匈牙利", null), everyone, conference, d -> d.details().country().equals("HU"));
        assertFinds(query("ca1003", null), everyone, conference, d -> d.members().stream().anyMatch(m -> "CA1003".equals(m.travel().arrival().number())));
        assertFinds(query(".*", null), everyone, conference, d -> false);

        assertFinds(filter("kind", "EMBASSY_OR_CONSULATE"), everyone, conference, d -> d.details().kind() == DelegationKind.EMBASSY_OR_CONSULATE);
        assertFinds(filter("country", "by"), everyone, conference, d -> d.details().country().equals("BY"));
        assertFinds(filter("day", "2026-05-19"), everyone, conference, d -> arrivesOn(d, LocalDate.of(2026, 5, 19)));
        assertFinds(filter("port", "CQW"), everyone, conference, d -> d.members().stream().anyMatch(m -> "CQW".equals(m.travel().arrival().port())));
        assertFinds(filter("diet", "HALAL"), everyone, conference, d -> d.members().stream().anyMatch(m -> m.needs().diets().contains(Diet.HALAL)));
        assertFinds(filter("allergen", "PEANUTS"), everyone, conference,
                d -> d.members().stream().anyMatch(m -> m.needs().allergens().contains(Allergen.PEANUTS)));
        assertFinds(filter("language", "RU"), everyone, conference,
                d -> d.members().stream().anyMatch(m -> m.needs().interpretationNeeded().contains("ru")));
        assertFinds(filter("session", "opening-ceremony"), everyone, conference,
                d -> d.members().stream().anyMatch(m -> m.signUps().attends().contains("opening-ceremony")));
        assertFinds(filter("coordinator", "coord-1"), everyone, conference, d -> "coord-1".equals(d.coordinatorId()));
        assertFinds(filter("unassigned", "true"), everyone, conference, d -> d.coordinatorId() == null);
        assertFinds(filter("clash", "true"), everyone, conference, d -> d.id().equals(clashing.id()));
        assertFinds(filter("urgent", "true"), everyone, conference, d -> d.id().equals(alerted.id()));
        assertThat(rows.alertsByCoordinator().get(alerted.coordinatorId())).as("%s's delegations: 2 unacknowledged, 1 urgent",
                alerted.coordinatorId()).containsExactly(conference.get(12).coordinatorId().equals(alerted.coordinatorId()) ? 3 : 2, 1);
        assertFinds(new DeskQuery("given", "LOCAL_GOVERNMENT", null, null, "CKG", null, null, null, null, null, true, false, false, null, false),
                everyone, conference, d -> d.details().kind() == DelegationKind.LOCAL_GOVERNMENT && d.coordinatorId() == null
                        && d.members().stream().anyMatch(m -> "CKG".equals(m.travel().arrival().port())));

        assertThat(all(DeskQuery.none(), DelegationRows.Scope.of("coord-2"))).as("a coordinator sees their own only")
                .containsExactlyInAnyOrderElementsOf(ids(conference, d -> "coord-2".equals(d.coordinatorId())));
        assertThat(all(filter("coordinator", "coord-1"), DelegationRows.Scope.of("coord-2"))).as("and cannot ask for another's")
                .containsExactlyInAnyOrderElementsOf(ids(conference, d -> "coord-2".equals(d.coordinatorId())));

        List<DelegationRow> byPeople = rowsOf(new DeskQuery(null, null, null, null, null, null, null, null, null, null, false, false, false,
                "people", true));
        assertThat(byPeople).extracting(DelegationRow::people).isSortedAccordingTo(Comparator.reverseOrder());
        List<DelegationRow> byName = rowsOf(new DeskQuery(null, null, null, null, null, null, null, null, null, null, false, false, false,
                "name", false));
        assertThat(byName).extracting(DelegationRow::sortName).isSorted();
        List<DelegationRow> byArrival = rowsOf(new DeskQuery(null, null, null, null, null, null, null, null, null, null, false, false, false,
                "arrival", false));
        assertThat(byArrival).extracting(DelegationRow::firstArrival).isSorted();
        rows.apply(List.of(new DelegationRows.Clash(clashing.id(), "late-arrival:x:opening-ceremony", null)));
        assertThat(all(filter("clash", "true"), everyone)).as("resolved").isEmpty();
        rows.apply(List.of(new DelegationRows.Alert(alerted.id(), "alert-1", false, false)));
        assertThat(all(filter("urgent", "true"), everyone)).as("acknowledged").isEmpty();
    }

    /** A batch with many events about one delegation leaves its row as applying them one by one would. */
    @Test
    void aBatchOfClashesAndAlertsAboutOneDelegationLeavesItsRowAsEachEventInTurnWould() {
        String id = "desk-marks";
        DelegationRow.Clash late = new DelegationRow.Clash("LATE_ARRIVAL", "Given", "opening-ceremony", "Opening ceremony", null, null, null, null);
        rows.apply(List.of(new DelegationRows.Clash(id, "clash-kept", late), new DelegationRows.Alert(id, "alert-kept", true, true)));
        rows.apply(List.of(
                new DelegationRows.Clash(id, "clash-new", late),
                new DelegationRows.Clash(id, "clash-kept", null),
                new DelegationRows.Clash(id, "clash.gone", late),
                new DelegationRows.Clash(id, "clash.gone", null),
                new DelegationRows.Clash(id, "clash-back", null),
                new DelegationRows.Clash(id, "clash-back", late),
                new DelegationRows.Alert(id, "alert-kept", false, false),
                new DelegationRows.Alert(id, "alert-urgent", true, true),
                new DelegationRows.Alert(id, "alert-read", false, true),
                new DelegationRows.Alert(id, "alert-read", false, false),
                new DelegationRows.Alert(id, "alert-open", false, true)));

        // Read as stored: a row the events made before its registration's has no registration fields to map yet.
        Document row = mongo.findById(id, Document.class, DelegationRow.COLLECTION);
        assertThat(row.getList("openClashes", String.class)).containsExactlyInAnyOrder("clash-new", "clash-back");
        assertThat(row.get("clashes", Document.class)).containsOnlyKeys("clash-new", "clash-back");
        assertThat(row.getList("openAlerts", String.class)).containsExactlyInAnyOrder("alert-urgent", "alert-open");
        assertThat(row.getList("urgentAlerts", String.class)).containsExactly("alert-urgent");
    }

    /** A registration reaches the desk through its event; a clash and its resolution through the itinerary's. */
    @Test
    void theRowsFollowTheEvents() throws IOException {
        String marker = "Deskmarker";
        String request = EventContract.foundationRequest().replace("\"coordinatorId\": \"coord-demo\",", "")
                .replaceFirst("\"locality\": \"[^\"]*\"", "\"locality\": \"" + marker + " Oblast\"");
        String id = http.postJson("/api/delegations", request).json().get("id").asString();
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        await().untilAsserted(() -> assertThat(staff.get("/delegations?q=deskmarker").body()).contains(marker + " Oblast"));
        assertThat(staff.get("/delegations?q=deskmarker&unassigned=true").body()).contains(marker + " Oblast");

        topics.publish("itinerary.itineraries", id, "ClashDetected", """
                {"clashId": "late-arrival:m1:opening-ceremony", "delegationId": "%s", "kind": "LATE_ARRIVAL", "memberName": "Test Delegate",
                 "sessionId": "opening-ceremony", "sessionTitle": "Opening ceremony", "sessionStartsAt": "2026-05-20T11:20:00+08:00",
                 "arrivalAt": "2026-05-20T10:40:00+08:00", "earliestAtVenue": "2026-05-20T12:10:00+08:00"}""".formatted(id));
        await().untilAsserted(() -> assertThat(staff.get("/delegations?q=deskmarker&clash=true").body()).contains(marker + " Oblast"));
        assertThat(staff.get("/delegations/" + id).body()).as("the clash in words").contains("Test Delegate", "12:10");

        byte[] csv = staff.getBytes("/delegations/attendees.csv?q=deskmarker&clash=true").body();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(marker + " Oblast").doesNotContain("Luang Prabang");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(staff.getBytes("/delegations/attendees.xlsx?q=deskmarker").body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.subList(1, sheet.size())).allSatisfy(row -> assertThat(row.getCellText(1)).isEqualTo(marker + " Oblast"));
        }

        topics.publish("notification.alerts", id, "AlertOpened", EventContract.example("AlertOpened")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id));
        await().untilAsserted(() -> assertThat(staff.get("/delegations?q=deskmarker&urgent=true").body()).contains(marker + " Oblast"));
        topics.publish("notification.alerts", id, "AlertAcknowledged", EventContract.example("AlertAcknowledged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id));
        await().untilAsserted(() -> assertThat(staff.get("/delegations?q=deskmarker&urgent=true").body()).doesNotContain(marker + " Oblast"));

        topics.publish("itinerary.itineraries", id, "ClashResolved", """
                {"clashId": "late-arrival:m1:opening-ceremony", "delegationId": "%s", "kind": "LATE_ARRIVAL", "reason": "TRAVEL_CHANGED"}"""
                .formatted(id));
        await().untilAsserted(() -> assertThat(staff.get("/delegations?q=deskmarker&clash=true").body()).doesNotContain(marker + " Oblast"));

        staff.postForm("/delegations/" + id + "/coordinator", "coordinatorId", "coord-li", "back", "q=deskmarker",
                "_csrf", staff.csrfToken("/delegations"));
        assertThat(staff.get("/delegations?q=deskmarker&coordinator=coord-li").body()).as("at once, not when the event comes back")
                .contains(marker + " Oblast");
        assertThat(staff.get("/delegations/" + id).body()).as("audited").contains("coordinator.assigned");
        var found = http.as(DemoStaff.PROGRAMME).get("/api/delegations/search?q=deskmarker&coordinator=coord-li").json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.at("/delegations/0/locality").asString()).isEqualTo(marker + " Oblast");
        assertThat(http.as(DemoStaff.COORDINATOR).get("/api/delegations/search?q=deskmarker").json().get("total").asLong())
                .as("another coordinator's").isZero();
    }

    private static DeskQuery query(String words, String unused) {
        return new DeskQuery(words, null, null, null, null, null, null, null, null, null, false, false, false, null, false);
    }

    private static DeskQuery filter(String name, String value) {
        return new DeskQuery(null, is(name, "kind", value), is(name, "country", value), is(name, "day", value), is(name, "port", value),
                is(name, "diet", value), is(name, "allergen", value), is(name, "language", value), is(name, "session", value),
                is(name, "coordinator", value), name.equals("unassigned"), name.equals("clash"),
                name.equals("urgent"), null, false);
    }

    private static String is(String name, String field, String value) {
        return name.equals(field) ? value : null;
    }

    private void assertFinds(DeskQuery query, DelegationRows.Scope scope, List<Delegation> conference, Predicate<Delegation> expected) {
        assertThat(all(query, scope)).as(query.toString()).containsExactlyInAnyOrderElementsOf(ids(conference, expected));
        assertThat(rows.ids(query, scope)).as("what a download lists").containsExactlyInAnyOrderElementsOf(ids(conference, expected));
    }

    /** Every page in turn: each delegation once, and as many as the count says. */
    private List<String> all(DeskQuery query, DelegationRows.Scope scope) {
        List<String> found = new ArrayList<>();
        Page<DelegationRow> page = rows.find(query, scope, PageRequest.of(0, 50));
        long total = page.getTotalElements();
        while (true) {
            page.forEach(row -> found.add(row.id()));
            if (!page.hasNext()) {
                break;
            }
            page = rows.find(query, scope, page.nextPageable());
        }
        assertThat(new HashSet<>(found)).hasSize(found.size());
        assertThat(found).hasSize((int) total);
        return found;
    }

    private List<DelegationRow> rowsOf(DeskQuery query) {
        List<DelegationRow> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<DelegationRow> one = rows.find(query, DelegationRows.Scope.everyone(), PageRequest.of(page, 50));
            found.addAll(one.getContent());
            if (!one.hasNext()) {
                return found;
            }
        }
    }

    private static List<String> ids(List<Delegation> conference, Predicate<Delegation> expected) {
        return conference.stream().filter(expected).map(Delegation::id).toList();
    }

    private static String names(Delegation d) {
        return String.join(" ", d.members().stream().flatMap(m -> Stream.of(m.identity().givenName(), m.identity().familyName(), m.identity().nativeName()))
                .filter(Objects::nonNull).toList());
    }

    private static boolean arrivesOn(Delegation d, LocalDate day) {
        return d.members().stream().anyMatch(m -> m.travel().arrival().scheduledAt().atZone(ConferenceTime.ZONE).toLocalDate().equals(day));
    }

    /** 64 delegations per scale, their facts spread so that every filter finds some and misses others. */
    static List<Delegation> conference(int scale) {
        List<Delegation> all = new ArrayList<>();
        Instant start = Instant.parse("2026-05-17T16:00:00Z");
        for (int i = 0; i < 64 * scale; i++) {
            List<Member> members = new ArrayList<>();
            for (int j = 0; j <= i % 4; j++) {
                TravelLeg arrival = new TravelLeg(TravelMode.AIR, "CA", "CA" + (1000 + i), i % 3 == 0 ? "CQW" : "CKG",
                        start.plusSeconds(3600L * (i % 72)));
                members.add(new Member("m" + i + "-" + j,
                        new Member.Identity(j == 0 ? MemberRole.HEAD : MemberRole.MEMBER, "Given" + i + "x" + j, "Family" + i,
                                j == 0 ? "王" + i : null, null, COUNTRIES[i % COUNTRIES.length]),
                        new Member.Documents(null, false),
                        new Member.Needs(List.of("en"), i % 7 == 0 ? List.of("ru") : List.of(), i % 6 == 0 ? Set.of(Diet.HALAL) : Set.of(),
                                i % 9 == 0 && j == 0 ? Set.of(Allergen.PEANUTS) : Set.of(), null),
                        new Member.Travel(arrival, null, List.of(), null, null),
                        new Member.SignUps(i % 2 == 0 ? List.of("opening-ceremony") : List.of(), List.of(), false, null), null));
            }
            String locality = (i % 10 == 0 ? "Pécs " : "City ") + i;
            all.add(new Delegation("desk-" + i, "CQ26-T-" + i, new Delegation.Details(locality, COUNTRIES[i % COUNTRIES.length],
                    DelegationKind.values()[i % DelegationKind.values().length], null, null, null), new Delegation.PrivateDetails(null, null),
                    i % 5 == 0 ? null : "coord-" + (i % 3), members, start.plusSeconds(i), "en", null, new Delegation.Intake(null, null),
                    null, 1L, List.of()));
        }
        return all;
    }
}
