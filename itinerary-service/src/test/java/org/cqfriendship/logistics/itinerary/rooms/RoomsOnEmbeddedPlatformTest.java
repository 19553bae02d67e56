package org.cqfriendship.logistics.itinerary.rooms;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hotel rooms end to end on the embedded broker and store, in one small hotel with a suite (kept
 * for heads) and a single each night, and a double on 13 and on 24 May. Each scenario books nights of its own (the other scenarios
 * of this module publish registrations for 19 and 20 May, which this service books too).
 */
@EmbeddedPlatformTest
@TestPropertySource(properties = {
        "itinerary.accommodation.hotels[0].id=tiny",
        "itinerary.accommodation.hotels[0].name=Tiny Hotel",
        "itinerary.accommodation.hotels[0].address=2 Small Street",
        "itinerary.accommodation.hotels[0].minutes-to-venue=10",
        "itinerary.accommodation.hotels[0].minutes-to-port.CKG=30",
        "itinerary.accommodation.hotels[0].blocks[0].first-night=2026-05-13",
        "itinerary.accommodation.hotels[0].blocks[0].last-night=2026-05-27",
        "itinerary.accommodation.hotels[0].blocks[0].type=SUITE",
        "itinerary.accommodation.hotels[0].blocks[0].count=1",
        "itinerary.accommodation.hotels[0].blocks[0].for-roles=HEAD",
        "itinerary.accommodation.hotels[0].blocks[1].first-night=2026-05-13",
        "itinerary.accommodation.hotels[0].blocks[1].last-night=2026-05-27",
        "itinerary.accommodation.hotels[0].blocks[1].type=SINGLE",
        "itinerary.accommodation.hotels[0].blocks[1].count=1",
        "itinerary.accommodation.hotels[0].blocks[2].first-night=2026-05-13",
        "itinerary.accommodation.hotels[0].blocks[2].last-night=2026-05-13",
        "itinerary.accommodation.hotels[0].blocks[2].type=DOUBLE",
        "itinerary.accommodation.hotels[0].blocks[2].count=1",
        "itinerary.accommodation.hotels[0].blocks[3].first-night=2026-05-24",
        "itinerary.accommodation.hotels[0].blocks[3].last-night=2026-05-24",
        "itinerary.accommodation.hotels[0].blocks[3].type=DOUBLE",
        "itinerary.accommodation.hotels[0].blocks[3].count=1"})
class RoomsOnEmbeddedPlatformTest extends ServiceScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    HttpProbe programme() {
        return http.as(DemoStaff.PROGRAMME);
    }

    /** A member as DelegationRegistered carries one: arriving at CKG, leaving from CKG, with hotel nights. */
    static String member(String memberId, String role, String name, String landsAt, String leavesAt, String... nights) {
        return """
                {"memberId": "%s", "role": "%s", "displayName": "%s",
                 "arrival": {"mode": "AIR", "carrier": "QV", "number": "QV619", "port": "CKG", "scheduledAt": "%s"},
                 "departure": {"mode": "AIR", "carrier": "QV", "number": "QV620", "port": "CKG", "scheduledAt": "%s"},
                 "attends": [], "hotelNights": [%s]}""".formatted(memberId, role, name, landsAt, leavesAt,
                String.join(", ", List.of(nights).stream().map(n -> "\"" + n + "\"").toList()));
    }

    static String registration(String delegationId, String locality, String... members) {
        return """
                {"delegationId": "%s", "locality": "%s", "country": "LA", "kind": "LOCAL_GOVERNMENT", "coordinatorId": "coord-demo",
                 "registeredAt": "2026-05-01T09:00:00Z", "members": [%s]}""".formatted(delegationId, locality, String.join(", ", members));
    }

    void register(String delegationId, String json) {
        topics.publish("registration.delegations", delegationId, "DelegationRegistered", json);
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + delegationId).status() == 200);
    }

    JsonNode itinerary(String delegationId) {
        return programme().get("/api/itineraries/" + delegationId).json();
    }

    List<ConsumerRecord<String, String>> published(String delegationId, String type) {
        return topics.records(r -> delegationId.equals(r.key())).stream().filter(TopicProbe.ofType(type)).toList();
    }

    static List<String> kinds(JsonNode itinerary, String field) {
        return itinerary.get(field).valueStream().map(e -> e.get("kind").asString()).toList();
    }

    @Test
    void twoDelegationsCompeteForTheLastSuiteAndTheSecondHeadHasASingle() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        register(first, registration(first, "First City",
                member("f-head", "HEAD", "First Head", "2026-05-14T10:40:00+08:00", "2026-05-15T18:00:00+08:00", "2026-05-14")));
        register(second, registration(second, "Second City",
                member("s-head", "HEAD", "Second Head", "2026-05-14T11:40:00+08:00", "2026-05-15T18:00:00+08:00", "2026-05-14"),
                member("s-member", "MEMBER", "Second Member", "2026-05-14T11:40:00+08:00", "2026-05-15T18:00:00+08:00", "2026-05-14")));

        JsonNode list = programme().get("/api/hotels/tiny/rooming-list?night=2026-05-14").json();
        assertThat(list.valueStream().map(g -> g.get("name").asString() + " " + g.get("roomType").asString()).toList())
                .containsExactly("Second Head SINGLE", "First Head SUITE");
        // The second delegation's member has no room left: a clash its coordinator is told of.
        await().atMost(PATIENCE).until(() -> published(second, "ClashDetected").size() == 1);
        String clash = published(second, "ClashDetected").get(0).value();
        EventContract.assertConforms("ClashDetected", clash);
        assertThat(clash).contains("\"NO_ROOM\"", "Second Member");
        JsonNode secondItinerary = itinerary(second);
        assertThat(kinds(secondItinerary, "entries")).contains("HOTEL", "PICKUP", "DROP_OFF");
        assertThat(secondItinerary.get("entries").valueStream().filter(e -> e.get("kind").asString().equals("PICKUP"))
                .map(e -> e.get("title").asString()).toList()).containsExactly("Pickup at CKG (QV619) to Tiny Hotel (30 min drive)");
        EventContract.assertConforms("ItineraryChanged", published(second, "ItineraryChanged").get(0).value());

        // The rooming list as the hotel takes it away: CSV and Excel, the same rows.
        HttpProbe desk = http.signedIn(DemoStaff.PROGRAMME);
        String csv = new String(desk.getBytes("/hotels/tiny/rooming-list.csv?night=2026-05-14").body(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("Name") + " " + r.get("Room")).containsExactly("Second Head 1", "First Head 1");
        assertThat(rows.get(0).get("Night")).isEqualTo("2026-05-14");
        byte[] xlsx = desk.getBytes("/hotels/tiny/rooming-list.xlsx?night=2026-05-14").body();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(3);
        }
    }

    @Test
    void aWithdrawnMemberFreesTheirRoomAndTheNextInLineHasIt() {
        String holder = UUID.randomUUID().toString();
        String waiting = UUID.randomUUID().toString();
        register(holder, registration(holder, "Holder City",
                member("h-member", "MEMBER", "Holder Member", "2026-05-16T10:40:00+08:00", "2026-05-17T18:00:00+08:00", "2026-05-16")));
        register(waiting, registration(waiting, "Waiting City",
                member("w-member", "MEMBER", "Waiting Member", "2026-05-16T10:40:00+08:00", "2026-05-17T18:00:00+08:00", "2026-05-16")));
        await().atMost(PATIENCE).until(() -> kinds(itinerary(waiting), "clashes").contains("NO_ROOM"));
        assertThat(programme().get("/api/hotels/waiting").json().valueStream().filter(w -> w.get("delegationId").asString().equals(waiting))
                .map(w -> w.get("name").asString() + " " + w.get("locality").asString() + " " + w.get("nights").get(0).asString()).toList())
                .containsExactly("Waiting Member Waiting City 2026-05-16");
        HttpProbe.Answer page = http.signedIn(DemoStaff.PROGRAMME).get("/hotels");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Waiting for a room:", "Waiting Member (Waiting City): 16 May");

        topics.publish("registration.delegations", holder, "DelegateWithdrawn", """
                {"delegationId": "%s", "delegationVersion": 1, "changedAt": "2026-05-02T08:00:00Z", "memberId": "h-member",
                 "displayName": "Holder Member"}""".formatted(holder));

        await().atMost(PATIENCE).until(() -> kinds(itinerary(waiting), "entries").contains("HOTEL"));
        assertThat(kinds(itinerary(waiting), "clashes")).doesNotContain("NO_ROOM");
        await().atMost(PATIENCE).until(() -> published(waiting, "ClashResolved").size() == 1);
        assertThat(published(waiting, "ItineraryChanged")).anySatisfy(r -> assertThat(r.value()).contains("ROOMS_REALLOCATED"));
        assertThat(programme().get("/api/hotels/tiny/rooming-list?night=2026-05-16").json().valueStream()
                .map(g -> g.get("name").asString()).toList()).containsExactly("Waiting Member");
        assertThat(programme().get("/api/hotels/waiting").body()).doesNotContain(waiting);
    }

    @Test
    void nightsThatDoNotCoverTheStayAreAClashAndTheDropOffLeavesInTimeForTheFlight() {
        String id = UUID.randomUUID().toString();
        register(id, registration(id, "Early City",
                member("e-member", "MEMBER", "Early Member", "2026-05-22T10:40:00+08:00", "2026-05-25T09:00:00+08:00", "2026-05-21",
                        "2026-05-22")));

        JsonNode itinerary = itinerary(id);
        assertThat(itinerary.get("clashes").valueStream().map(c -> c.get("explanation").asString()).toList())
                .containsExactly("Early Member asked for hotel nights of 21 May, 22 May but arrives on 22 May and departs on 25 May; "
                        + "the nights of 22 May, 23 May, 24 May would cover the stay.");
        JsonNode dropOff = itinerary.get("entries").valueStream().filter(e -> e.get("kind").asString().equals("DROP_OFF")).findFirst()
                .orElseThrow();
        // At the airport 120 minutes before 09:00, 30 minutes from the hotel.
        assertThat(dropOff.get("startsAt").asString()).isEqualTo("2026-05-25T06:30:00+08:00");
        assertThat(dropOff.get("place").asString()).isEqualTo("Tiny Hotel");
    }

    static String tinyHotel(int singles, String lastNight) {
        return """
                {"name": "Tiny Hotel", "address": "2 Small Street", "minutesToVenue": 10, "minutesToPort": {"CKG": 30},
                 "reservationsEmail": "desk@tiny.example", "reservationsLanguage": "en", "illustrative": true, "blocks": [
                   {"firstNight": "2026-05-13", "lastNight": "2026-05-27", "type": "SUITE", "count": 1, "forRoles": ["HEAD"]},
                   {"firstNight": "2026-05-13", "lastNight": "%s", "type": "SINGLE", "count": %d},
                   {"firstNight": "2026-05-13", "lastNight": "2026-05-13", "type": "DOUBLE", "count": 1},
                   {"firstNight": "2026-05-24", "lastNight": "2026-05-24", "type": "DOUBLE", "count": 1}]}""".formatted(lastNight, singles);
    }

    @Test
    void programmeStaffAddARoomAndTheNextInLineHasItAndABadBlockIsRefusedInTheirLanguage() {
        String holder = UUID.randomUUID().toString();
        String waiting = UUID.randomUUID().toString();
        register(holder, registration(holder, "Early Bird City",
                member("b-member", "MEMBER", "Early Bird", "2026-05-26T10:40:00+08:00", "2026-05-27T18:00:00+08:00", "2026-05-26")));
        register(waiting, registration(waiting, "Late Bird City",
                member("l-member", "MEMBER", "Late Bird", "2026-05-26T10:40:00+08:00", "2026-05-27T18:00:00+08:00", "2026-05-26")));
        await().atMost(PATIENCE).until(() -> kinds(itinerary(waiting), "clashes").contains("NO_ROOM"));

        var refused = programme().putJson("/api/hotels/tiny", tinyHotel(2, "2026-05-12"), "Accept-Language", "ru");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("последняя ночь не может быть раньше первой");

        try {
            assertThat(programme().putJson("/api/hotels/tiny", tinyHotel(2, "2026-05-27")).status()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> kinds(itinerary(waiting), "entries").contains("HOTEL"));
            assertThat(kinds(itinerary(waiting), "clashes")).doesNotContain("NO_ROOM");
            // Housed now, they leave for the airport from the hotel, on a vehicle booked again from there.
            assertThat(programme().get("/api/transfers?day=2026-05-27").json().valueStream()
                    .flatMap(port -> port.get("runs").valueStream())
                    .filter(r -> r.get("riders").valueStream().anyMatch(p -> p.get("delegationId").asString().equals(waiting))).toList())
                    .singleElement().satisfies(run -> assertThat(run.get("from").asString()).isEqualTo("Tiny Hotel"));
            assertThat(programme().get("/api/hotels").body()).contains("\"held\":2");
        } finally {
            programme().putJson("/api/hotels/tiny", tinyHotel(1, "2026-05-27"));
        }
        // One single again: the guest in the second single moves out and waits again.
        await().atMost(PATIENCE).until(() -> kinds(itinerary(waiting), "clashes").contains("NO_ROOM"));
        assertThat(kinds(itinerary(holder), "entries")).contains("HOTEL");
    }

    static String flightStatus(String flight, String date, String expectedAt, String reportedAt) {
        return """
                {"flightNumber": "%s", "scheduledDate": "%s", "status": "DELAYED", "expectedAt": "%s", "reportedAt": "%s"}"""
                .formatted(flight, date, expectedAt, reportedAt);
    }

    static JsonNode entry(JsonNode itinerary, String kind) {
        return itinerary.get("entries").valueStream().filter(e -> e.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    @Test
    void aLateArrivalMovesItsPickupToTheHotelAndADelayedDepartureItsDropOffAndNothingElse() {
        String id = UUID.randomUUID().toString();
        String arriving = "QV" + (1000 + (int) (Math.random() * 8000));
        String leaving = "QV" + (1000 + (int) (Math.random() * 8000)) + "D";
        register(id, registration(id, "Flying City", member("f-member", "MEMBER", "Flying Member", "2026-05-17T10:40:00+08:00",
                "2026-05-19T09:00:00+08:00", "2026-05-17", "2026-05-18").replace("QV619", arriving).replace("QV620", leaving)));
        JsonNode hotel = entry(itinerary(id), "HOTEL");

        topics.publish("operations.flight-status", arriving, "FlightStatusChanged",
                flightStatus(arriving, "2026-05-17", "2026-05-17T13:00:00+08:00", "2026-05-17T08:00:00+08:00"));
        await().atMost(PATIENCE).until(() -> entry(itinerary(id), "PICKUP").get("startsAt").asString().equals("2026-05-17T13:00:00+08:00"));
        assertThat(entry(itinerary(id), "PICKUP").get("title").asString()).contains("to Tiny Hotel (30 min drive)");

        topics.publish("operations.flight-status", leaving, "FlightStatusChanged",
                flightStatus(leaving, "2026-05-19", "2026-05-19T12:00:00+08:00", "2026-05-19T06:00:00+08:00"));
        // At the airport 120 minutes before 12:00, 30 minutes from the hotel.
        await().atMost(PATIENCE).until(() -> entry(itinerary(id), "DROP_OFF").get("startsAt").asString()
                .equals("2026-05-19T09:30:00+08:00"));
        assertThat(entry(itinerary(id), "HOTEL")).as("the room stays as it was").isEqualTo(hotel);
        assertThat(entry(itinerary(id), "PICKUP").get("startsAt").asString()).isEqualTo("2026-05-17T13:00:00+08:00");

        // A vehicle of the port collects them at the hotel for it: the itinerary's drop-off names it, the transfers desk
        // lists its run to the port (JSON and the download, after the arrivals), and the coordinator is told of the change.
        JsonNode run = programme().get("/api/transfers?day=2026-05-19").json().valueStream()
                .flatMap(port -> port.get("runs").valueStream())
                .filter(r -> r.get("riders").valueStream().anyMatch(p -> p.get("delegationId").asString().equals(id))).toList()
                .stream().findFirst().orElseThrow();
        assertThat(run.get("departing").asBoolean()).isTrue();
        assertThat(run.get("from").asString()).isEqualTo("Tiny Hotel");
        assertThat(run.get("leavesAt").asString()).isEqualTo("2026-05-19T09:30:00+08:00");
        assertThat(run.get("riders").valueStream().filter(p -> p.get("delegationId").asString().equals(id)).toList()).singleElement()
                .satisfies(rider -> {
                    assertThat(rider.get("service").asString()).isEqualTo(leaving);
                    assertThat(rider.get("atPort").asString()).isEqualTo("2026-05-19T10:00:00+08:00");
                });
        String vehicle = run.get("vehicleId").asString();
        assertThat(entry(itinerary(id), "DROP_OFF").get("rides")).singleElement().satisfies(ride -> {
            assertThat(ride.get("vehicleId").asString()).isEqualTo(vehicle);
            assertThat(ride.get("leavesAt").asString()).isEqualTo("2026-05-19T09:30:00+08:00");
            assertThat(ride.get("dropOff").asBoolean()).isTrue();
        });
        String csv = new String(http.signedIn(DemoStaff.PROGRAMME).getBytes("/transfers/export.csv?day=2026-05-19").body(),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains("Flying Member")).toList()).singleElement().asString()
                .startsWith("departure,CKG,Tiny Hotel," + vehicle + ",").contains("09:30", leaving, "10:00");
        String moved = await().atMost(PATIENCE).until(() -> published(id, "TransferReassigned"),
                told -> told.stream().anyMatch(r -> r.value().contains("\"DEPARTURE\""))).stream()
                .filter(r -> r.value().contains("\"DEPARTURE\"")).findFirst().orElseThrow().value();
        EventContract.assertConforms("TransferReassigned", moved);
        assertThat(moved).contains("\"reason\":\"FLIGHT_STATUS_CHANGED\"", "2026-05-19T06:30:00+08:00", "2026-05-19T09:30:00+08:00");
    }

    @Test
    void twoMembersWhoAskedToShareHaveOneDoubleAndTheHotelListsBoth() {
        String id = UUID.randomUUID().toString();
        register(id, registration(id, "Sharing City",
                member("s-one", "MEMBER", "Sharing One", "2026-05-13T10:40:00+08:00", "2026-05-14T18:00:00+08:00", "2026-05-13")
                        .replace("\"attends\": []", "\"attends\": [], \"roommateId\": \"s-two\""),
                member("s-two", "MEMBER", "Sharing Two", "2026-05-13T10:40:00+08:00", "2026-05-14T18:00:00+08:00", "2026-05-13")));

        assertThat(programme().get("/api/hotels/tiny/rooming-list?night=2026-05-13").json().valueStream()
                .filter(g -> g.get("delegationId").asString().equals(id))
                .map(g -> g.get("name").asString() + " " + g.get("roomType").asString() + " " + g.get("roomNumber").asInt()).toList())
                .containsExactlyInAnyOrder("Sharing One DOUBLE 1", "Sharing Two DOUBLE 1");
        assertThat(entry(itinerary(id), "HOTEL").get("title").asString()).contains("double", "shared with Sharing");
        assertThat(kinds(itinerary(id), "clashes")).isEmpty();
    }

    @Test
    void twoWomenWhoAskedToShareWithAWomanHaveOneDoubleAndAManWhoAskedTheSameARoomOfHisOwn() {
        String id = UUID.randomUUID().toString();
        register(id, registration(id, "Pairing City", sharingAs("p-anna", "Pairing Anna", "WOMAN"), sharingAs("p-carl", "Pairing Carl", "MAN"),
                sharingAs("p-beth", "Pairing Beth", "WOMAN")));

        assertThat(programme().get("/api/hotels/tiny/rooming-list?night=2026-05-24").json().valueStream()
                .filter(g -> g.get("delegationId").asString().equals(id))
                .map(g -> g.get("name").asString() + " " + g.get("roomType").asString()).toList())
                .containsExactlyInAnyOrder("Pairing Anna DOUBLE", "Pairing Beth DOUBLE", "Pairing Carl SINGLE");
        assertThat(itinerary(id).get("entries").valueStream().filter(e -> e.get("kind").asString().equals("HOTEL"))
                .map(e -> e.get("title").asString()).toList())
                .anySatisfy(title -> assertThat(title).contains("double", "shared with Pairing Beth"))
                .anySatisfy(title -> assertThat(title).contains("single").doesNotContain("shared"));
        assertThat(kinds(itinerary(id), "clashes")).isEmpty();
    }

    /** A member who stays the night of 24 May and shares a double with any member of the delegation of their gender. */
    static String sharingAs(String memberId, String name, String gender) {
        return member(memberId, "MEMBER", name, "2026-05-24T10:40:00+08:00", "2026-05-25T18:00:00+08:00", "2026-05-24")
                .replace("\"attends\": []", "\"attends\": [], \"sharesAs\": \"" + gender + "\"");
    }
}
