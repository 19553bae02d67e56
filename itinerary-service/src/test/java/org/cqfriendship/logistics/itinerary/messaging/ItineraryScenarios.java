package org.cqfriendship.logistics.itinerary.messaging;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.itinerary.carnival.StallApplications;
import org.cqfriendship.logistics.itinerary.contest.HotpotTeams;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.Lifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the itinerary-service promises, on whichever broker and store the subclass starts. */
abstract class ItineraryScenarios extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries", "registration.delegations.DLT"};
    }

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @org.springframework.beans.factory.annotation.Autowired
    DelegationLinks links;
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Programme staff: they may read every itinerary and change the programme. */
    HttpProbe programme() {
        return http.as(DemoStaff.PROGRAMME);
    }

    /** The contract's example registration, for a delegation of its own. */
    static String registration(String delegationId) {
        return EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId);
    }

    List<ConsumerRecord<String, String>> published(String delegationId, String type) {
        return topics.records(r -> delegationId.equals(r.key())).stream().filter(TopicProbe.ofType(type)).toList();
    }

    @Test
    void plansTheRegisteredDelegationAndPublishesItsItineraryAndClash() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));

        JsonNode itinerary = await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id), a -> a.status() == 200).json();
        assertThat(itinerary.get("entries").valueStream().map(e -> e.get("kind").asString()).toList())
                .containsExactly("PICKUP", "SESSION");
        assertThat(itinerary.at("/entries/1/startsAt").asString()).isEqualTo("2026-05-20T11:20:00+08:00");
        assertThat(itinerary.at("/clashes/0/explanation").asString()).contains("12:10", "50 minutes", "Opening ceremony");

        await().atMost(PATIENCE).until(() -> published(id, "ClashDetected").size() == 1);
        ConsumerRecord<String, String> changed = published(id, "ItineraryChanged").get(0);
        EventContract.assertConforms("ItineraryChanged", changed.value());
        EventContract.assertConforms("ClashDetected", published(id, "ClashDetected").get(0).value());
    }

    @Test
    void aRedeliveredRegistrationChangesNothing() {
        String id = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id), eventId);
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id), eventId);
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));

        topics.awaitConsumed("itinerary-service", "registration.delegations", PATIENCE);
        await().atMost(PATIENCE).until(() -> published(id, "ClashDetected").size() == 1);
        assertThat(published(id, "ItineraryChanged")).hasSize(1);
    }

    @Test
    void deadLettersPoisonAtOnceAndKeepsThePartitionFlowing() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", "{ not json");
        topics.publish("registration.delegations", id, "DelegationTeleported", registration(id));
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id).replace("\"members\"", "\"nobody\""));
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));

        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id).status() == 200);
        await().atMost(PATIENCE).until(() -> topics.records(r -> r.topic().endsWith(".DLT") && id.equals(r.key())).size() == 3);
        List<String> reasons = topics.records(r -> r.topic().endsWith(".DLT") && id.equals(r.key())).stream()
                .map(r -> new String(r.headers().lastHeader("dlt_reason").value())).toList();
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("Unknown event type 'DelegationTeleported'"));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("without delegation id or members"));
    }

    static String travelChange(String delegationId, long version, String landsAt, String flight) {
        return EventContract.example("TravelPlanChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId)
                .replace("\"delegationVersion\": 1", "\"delegationVersion\": " + version)
                .replace("2026-05-19T18:20:00+08:00", landsAt).replace("QV617", flight);
    }

    @Test
    void aFlightChangeRetimesThePickupResolvesTheClashAndSaysWhatChanged() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        await().atMost(PATIENCE).until(() -> published(id, "ClashDetected").size() == 1);

        String change = travelChange(id, 1, "2026-05-19T18:20:00+08:00", "QV617");
        EventContract.assertConforms("TravelPlanChanged", change);
        String eventId = topics.publish("registration.delegations", id, "TravelPlanChanged", change);
        topics.publish("registration.delegations", id, "TravelPlanChanged", change, eventId);

        await().atMost(PATIENCE).until(() -> published(id, "ClashResolved").size() == 1);
        topics.awaitConsumed("itinerary-service", "registration.delegations", PATIENCE);
        List<ConsumerRecord<String, String>> changes = published(id, "ItineraryChanged");
        assertThat(changes).hasSize(2);
        String travel = changes.get(1).value();
        EventContract.assertConforms("ItineraryChanged", travel);
        EventContract.assertConforms("ClashResolved", published(id, "ClashResolved").get(0).value());
        assertThat(travel).contains("\"reason\":\"TRAVEL_CHANGED\"", "2026-05-20T10:40:00+08:00", "2026-05-19T18:20:00+08:00")
                .doesNotContain("session-opening-ceremony");
        // The same pickup, moved, now to the hotel of the nights the change asks for.
        assertThat(JSON.readTree(travel).get("changes").valueStream().map(c -> c.get("entryId").asString().replaceAll("-.*", "")).toList())
                .containsExactlyInAnyOrder("pickup", "hotel");
        JsonNode itinerary = programme().get("/api/itineraries/" + id).json();
        assertThat(itinerary.get("clashes")).isEmpty();
        assertThat(itinerary.get("entries").valueStream().filter(e -> e.get("kind").asString().equals("PICKUP"))
                .map(e -> e.get("startsAt").asString()).toList()).containsExactly("2026-05-19T18:20:00+08:00");
    }

    @Test
    void aLaterFlightRaisesTheClashAgainAndAnOlderChangeIsIgnored() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        topics.publish("registration.delegations", id, "TravelPlanChanged", travelChange(id, 1, "2026-05-19T18:20:00+08:00", "QV617"));
        topics.publish("registration.delegations", id, "TravelPlanChanged", travelChange(id, 2, "2026-05-20T11:00:00+08:00", "QV621"));
        topics.publish("registration.delegations", id, "TravelPlanChanged", travelChange(id, 1, "2026-05-19T18:20:00+08:00", "QV617"));

        topics.awaitConsumed("itinerary-service", "registration.delegations", PATIENCE);
        // Landing on the 20th, the change's hotel night of the 19th is outside the stay: a clash of its own.
        await().atMost(PATIENCE).until(() -> withoutHotelNights(published(id, "ClashDetected")).size() == 2);
        assertThat(withoutHotelNights(published(id, "ClashResolved"))).hasSize(1);
        assertThat(programme().get("/api/itineraries/" + id).json().get("clashes").valueStream()
                .filter(c -> !c.get("kind").asString().equals("NIGHTS_OUTSIDE_STAY")).map(c -> c.get("explanation").asString()).toList())
                .singleElement().satisfies(explanation -> assertThat(explanation).contains("11:00", "QV621"));
    }

    private static List<ConsumerRecord<String, String>> withoutHotelNights(List<ConsumerRecord<String, String>> clashes) {
        return clashes.stream().filter(r -> !r.value().contains("\"NIGHTS_OUTSIDE_STAY\"")).toList();
    }

    static String flightStatus(String flight, String status, String expectedAt, String reportedAt) {
        return """
                {"flightNumber":"%s","scheduledDate":"2026-05-20","status":"%s","expectedAt":%s,"reportedAt":"%s"}
                """.formatted(flight, status, expectedAt == null ? "null" : "\"" + expectedAt + "\"", reportedAt);
    }

    @Test
    void aFlightDelayRetimesOnlyThePickupsOnThatFlightAndTellsOnlyThatDelegation() {
        String late = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", late, "DelegationRegistered", registration(late).replace("QV619", flight));
        topics.publish("registration.delegations", other, "DelegationRegistered", registration(other)
                .replace("QV619", "CA" + flight.substring(2)).replace("\"carrier\": \"QV\"", "\"carrier\": \"CA\"")
                .replace("2026-05-20T10:40:00+08:00", "2026-05-20T08:00:00+08:00"));
        await().atMost(PATIENCE).until(() -> published(late, "ClashDetected").size() == 1 && published(other, "ItineraryChanged").size() == 1);

        String delayed = flightStatus(flight, "DELAYED", "2026-05-20T10:55:00+08:00", "2026-05-20T06:15:00Z");
        EventContract.assertConforms("FlightStatusChanged", delayed);
        topics.publish("operations.flight-status", flight, "FlightStatusChanged", delayed);
        topics.publish("operations.flight-status", flight, "FlightStatusChanged", delayed);

        await().atMost(PATIENCE).until(() -> published(late, "ItineraryChanged").size() == 2);
        String change = published(late, "ItineraryChanged").get(1).value();
        EventContract.assertConforms("ItineraryChanged", change);
        assertThat(change).contains("\"reason\":\"FLIGHT_STATUS_CHANGED\"", "2026-05-20T10:40:00+08:00", "2026-05-20T10:55:00+08:00");
        assertThat(JSON.readTree(change).get("changes")).as("only the pickup moved").hasSize(1);
        assertThat(programme().get("/api/itineraries/" + late).json().at("/clashes/0/explanation").asString())
                .contains("10:55", "re-timed from 10:40", "65 minutes after");

        // An earlier re-time resolves the clash; a stale report (older than the one applied) changes nothing.
        topics.publish("operations.flight-status", flight, "FlightStatusChanged",
                flightStatus(flight, "RETIMED", "2026-05-20T09:30:00+08:00", "2026-05-20T07:00:00Z"));
        topics.publish("operations.flight-status", flight, "FlightStatusChanged",
                flightStatus(flight, "DELAYED", "2026-05-20T12:30:00+08:00", "2026-05-20T06:00:00Z"));
        await().atMost(PATIENCE).until(() -> published(late, "ClashResolved").size() == 1);
        topics.awaitConsumed("itinerary-service", "operations.flight-status", PATIENCE);
        assertThat(published(late, "ItineraryChanged")).hasSize(3);
        assertThat(published(other, "ItineraryChanged")).as("the other delegation is not told anything").hasSize(1);

        topics.publish("operations.flight-status", flight, "FlightStatusChanged",
                flightStatus(flight, "CANCELLED", null, "2026-05-20T08:00:00Z"));
        await().atMost(PATIENCE).until(() -> published(late, "ClashDetected").size() == 2);
        String cancelled = published(late, "ClashDetected").get(1).value();
        EventContract.assertConforms("ClashDetected", cancelled);
        assertThat(cancelled).contains("FLIGHT_CANCELLED", "is cancelled");
        assertThat(programme().get("/api/itineraries/" + late).json().get("entries").valueStream()
                .noneMatch(e -> e.get("kind").asString().equals("PICKUP"))).isTrue();
    }

    @Test
    void theSessionListenerTakesOneMoveAtATimeWithTimeToReplanEveryoneSignedUp() {
        Properties consumer = listeners.getListenerContainer("itinerary-sessions").getContainerProperties()
                .getKafkaConsumerProperties();
        assertThat(consumer.getProperty("max.poll.records")).isEqualTo("1");
        assertThat(consumer.getProperty("max.poll.interval.ms")).as("30 minutes, not Kafka's 5").isEqualTo("1800000");
    }

    @Test
    void movingASessionReplansEveryoneSignedUpForItAndCancellingOneRemovesIt() {
        // An event with two parts of its own to cancel: the programme's are shared by every test of this service.
        String fair = "night-fair-" + UUID.randomUUID().toString().substring(0, 8);
        for (String[] session : new String[][] {{fair, null, "18:30", "21:00"}, {fair + "-early", fair, "18:30", "19:45"},
                {fair + "-late", fair, "19:45", "21:00"}}) {
            assertThat(programme().postJson("/api/sessions", "{\"id\":\"" + session[0] + "\",\"title\":\"Night fair\",\"venue\":\"Plaza (illustrative)\","
                    + "\"startsAt\":\"2026-05-20T" + session[2] + ":00+08:00\",\"endsAt\":\"2026-05-20T" + session[3] + ":00+08:00\""
                    + (session[1] == null ? "" : ",\"partOf\":\"" + session[1] + "\"") + "}").status()).isEqualTo(201);
        }
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered",
                registration(id).replace("[\"opening-ceremony\"]", "[\"opening-ceremony\", \"" + fair + "\", \"" + fair + "-early\"]"));
        await().atMost(PATIENCE).until(() -> published(id, "ClashDetected").size() == 1);
        try (TopicProbe sessions = new TopicProbe(bootstrapServers, "itinerary.sessions")) {
            HttpProbe.Answer moved = programme().putJson("/api/sessions/opening-ceremony/schedule",
                    "{\"startsAt\":\"2026-05-20T13:00:00+08:00\",\"endsAt\":\"2026-05-20T14:10:00+08:00\"}");
            assertThat(moved.status()).isEqualTo(200);

            await().atMost(PATIENCE).until(() -> published(id, "ClashResolved").size() == 1);
            String change = published(id, "ItineraryChanged").get(1).value();
            EventContract.assertConforms("ItineraryChanged", change);
            assertThat(change).contains("\"reason\":\"SESSION_RESCHEDULED\"", "2026-05-20T11:20:00+08:00", "2026-05-20T13:00:00+08:00");
            String rescheduled = await().atMost(PATIENCE).until(() -> sessions.records(TopicProbe.ofType("SessionRescheduled")),
                    r -> !r.isEmpty()).get(0).value();
            EventContract.assertConforms("SessionRescheduled", rescheduled);

            assertThat(programme().putJson("/api/sessions/opening-ceremony/schedule",
                    "{\"startsAt\":\"2026-05-20T13:00:00+08:00\",\"endsAt\":\"2026-05-20T12:00:00+08:00\"}").json()
                    .at("/errors/0/field").asString()).isEqualTo("endsAt");
            assertThat(programme().post("/api/sessions/no-such-session/cancellation").status()).isEqualTo(404);

            assertThat(programme().post("/api/sessions/" + fair + "/cancellation").status()).isEqualTo(204);
            await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").stream()
                    .anyMatch(r -> r.value().contains("\"reason\":\"SESSION_CANCELLED\"")));
            EventContract.assertConforms("SessionCancelled", sessions.records(TopicProbe.ofType("SessionCancelled")).get(0).value());
            // Its parts go with it.
            assertThat(await().atMost(PATIENCE).until(() -> sessions.records(TopicProbe.ofType("SessionCancelled")), r -> r.size() == 3))
                    .extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(fair, fair + "-early", fair + "-late");
            await().atMost(PATIENCE).until(() -> !programme().get("/api/itineraries/" + id).body().contains("session-" + fair + "-early"));
            assertThat(programme().get("/api/itineraries/" + id).body()).doesNotContain("session-" + fair + "\"");
        } finally {
            programme().putJson("/api/sessions/opening-ceremony/schedule",
                    "{\"startsAt\":\"2026-05-20T11:20:00+08:00\",\"endsAt\":\"2026-05-20T12:30:00+08:00\"}");
        }
        await().atMost(PATIENCE).until(() -> published(id, "ClashDetected").size() == 2);
    }

    @Test
    void anEventMovesWithItsPartsAndAPartCannotLeaveItsEvent() {
        try {
            HttpProbe.Answer moved = programme().putJson("/api/sessions/hotpot-contest/schedule",
                    "{\"startsAt\":\"2026-05-21T14:00:00+08:00\",\"endsAt\":\"2026-05-21T16:00:00+08:00\"}");
            assertThat(moved.status()).isEqualTo(200);
            JsonNode sessions = programme().get("/api/sessions").json();
            assertThat(startOf(sessions, "hotpot-heat-1")).as("the heats move with the contest").isEqualTo("2026-05-21T14:00:00+08:00");
            assertThat(startOf(sessions, "hotpot-heat-2")).isEqualTo("2026-05-21T14:45:00+08:00");
            assertThat(startOf(sessions, "hotpot-final")).isEqualTo("2026-05-21T15:30:00+08:00");

            HttpProbe.Answer outside = programme().putJson("/api/sessions/hotpot-heat-1/schedule",
                    "{\"startsAt\":\"2026-05-21T09:00:00+08:00\",\"endsAt\":\"2026-05-21T09:40:00+08:00\"}", "Accept-Language", "en");
            assertThat(outside.status()).isEqualTo(400);
            assertThat(outside.json().at("/errors/0/message").asString()).contains("within the time of the event it is part of");
            HttpProbe.Answer shortened = programme().putJson("/api/sessions/hotpot-contest/schedule",
                    "{\"startsAt\":\"2026-05-21T14:00:00+08:00\",\"endsAt\":\"2026-05-21T15:00:00+08:00\"}", "Accept-Language", "en");
            assertThat(shortened.status()).as("the final would end after the contest").isEqualTo(400);
            assertThat(startOf(programme().get("/api/sessions").json(), "hotpot-final")).as("nothing moved")
                    .isEqualTo("2026-05-21T15:30:00+08:00");
        } finally {
            programme().putJson("/api/sessions/hotpot-contest/schedule",
                    "{\"startsAt\":\"2026-05-21T10:00:00+08:00\",\"endsAt\":\"2026-05-21T12:00:00+08:00\"}");
        }
        assertThat(startOf(programme().get("/api/sessions").json(), "hotpot-heat-1")).isEqualTo("2026-05-21T10:00:00+08:00");
    }

    static String startOf(JsonNode sessions, String id) {
        return sessions.valueStream().map(s -> s.get("session")).filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow()
                .get("startsAt").asString();
    }

    @Test
    void aSessionMovedOutsideAMembersStayIsAClashUntilItIsMovedBack() {
        String id = UUID.randomUUID().toString();
        // Arriving the day before (no car the 10:40 heads need), leaving at 18:00 on the opening day.
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id)
                .replace("2026-05-20T10:40:00+08:00\" }", "2026-05-19T16:00:00+08:00\" },\n      \"departure\": { \"mode\": \"AIR\","
                        + " \"carrier\": \"QV\", \"number\": \"QV620\", \"port\": \"CKG\", \"scheduledAt\": \"2026-05-20T18:00:00+08:00\" }")
                .replace("[\"opening-ceremony\"]", "[\"culture-tourism-promotion\"]"));
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id).status() == 200);
        assertThat(programme().get("/api/itineraries/" + id).json().get("clashes")).as("home by 16:30, as the promotion ends").isEmpty();
        try {
            assertThat(programme().putJson("/api/sessions/culture-tourism-promotion/schedule",
                    "{\"startsAt\":\"2026-05-21T10:00:00+08:00\",\"endsAt\":\"2026-05-21T11:30:00+08:00\"}").status()).isEqualTo(200);

            String clash = await().atMost(PATIENCE).until(() -> published(id, "ClashDetected"), r -> !r.isEmpty()).get(0).value();
            EventContract.assertConforms("ClashDetected", clash);
            assertThat(JSON.readTree(clash).get("kind").asString()).isEqualTo("OUTSIDE_STAY");
            assertThat(JSON.readTree(clash).get("departureAt").asString()).isEqualTo("2026-05-20T18:00:00+08:00");
            assertThat(JSON.readTree(clash).get("explanation").asString())
                    .contains("departs at 18:00 on 20 May", "leave the venues by 16:30", "(10:00–11:30 on 21 May) starts after that");
        } finally {
            programme().putJson("/api/sessions/culture-tourism-promotion/schedule",
                    "{\"startsAt\":\"2026-05-20T15:00:00+08:00\",\"endsAt\":\"2026-05-20T16:30:00+08:00\"}");
        }
        await().atMost(PATIENCE).until(() -> published(id, "ClashResolved").size() == 1);
        EventContract.assertConforms("ClashResolved", published(id, "ClashResolved").get(0).value());
    }

    @Test
    void programmeStaffPublishANewSessionThatDelegationsThenAttend() {
        String code = "tea-tasting-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicProbe sessions = new TopicProbe(bootstrapServers, "itinerary.sessions")) {
            String session = "{\"id\":\"" + code + "\",\"title\":\"Chongqing tea tasting\",\"venue\":\"Tea house (illustrative)\","
                    + "\"startsAt\":\"2026-05-21T15:00:00+08:00\",\"endsAt\":\"2026-05-21T16:00:00+08:00\",\"capacity\":40}";
            HttpProbe.Answer published = programme().postJson("/api/sessions", session);
            assertThat(published.status()).isEqualTo(201);
            assertThat(published.json().get("capacity").asInt()).isEqualTo(40);
            String event = await().atMost(PATIENCE).until(() -> sessions.records(r -> code.equals(r.key())), r -> !r.isEmpty()).get(0).value();
            EventContract.assertConforms("SessionPublished", event);
            assertThat(event).contains("\"title\":\"Chongqing tea tasting\"", "2026-05-21T15:00:00+08:00");

            assertThat(programme().postJson("/api/sessions", session).status()).as("the same code twice").isEqualTo(409);
            assertThat(programme().postJson("/api/sessions", session.replace(code, "x")).json().at("/errors/0/field").asString())
                    .isEqualTo("id");
            assertThat(programme().postJson("/api/sessions", session.replace(code, code + "-2").replace("16:00:00", "14:00:00"))
                    .json().at("/errors/0/field").asString()).isEqualTo("endsAt");
            assertThat(http.as(DemoStaff.COORDINATOR).postJson("/api/sessions", session.replace(code, code + "-3")).status()).isEqualTo(403);
        }

        String id = UUID.randomUUID().toString();
        // Arriving the day before, so as not to take one of the cars the other scenarios' 10:40 heads need.
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id)
                .replace("2026-05-20T10:40:00+08:00", "2026-05-19T16:00:00+08:00")
                .replace("[\"opening-ceremony\"]", "[\"opening-ceremony\", \"" + code + "\"]"));
        JsonNode itinerary = await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id), a -> a.status() == 200).json();
        assertThat(itinerary.get("entries").valueStream().map(e -> e.get("title").asString()).toList()).contains("Chongqing tea tasting");
        assertThat(programme().get("/api/sessions").body()).contains(code);
    }

    @Test
    void answers404ForADelegationNotYetPlanned() {
        assertThat(programme().get("/api/itineraries/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void reportsHealthUpWithItsStoreAndBroker() {
        JsonNode health = http.get("/actuator/health/readiness").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    @Test
    void countsMealsAndInterpretationFromWhoIsSignedUpAndFollowsANeedsChange() {
        String id = UUID.randomUUID().toString();
        String name = "Diner " + id.substring(0, 8);
        ObjectNode registered = (ObjectNode) JSON.readTree(registration(id));
        ObjectNode member = (ObjectNode) registered.get("members").get(0);
        member.put("displayName", name);
        member.putArray("attends").add("opening-ceremony").add("hotpot-contest");
        member.putArray("diets").add("HALAL");
        member.putArray("allergens").add("PEANUTS");
        member.putArray("languages").add("lo");
        member.putArray("interpretationNeeded").add("lo");
        EventContract.assertConforms("DelegationRegistered", registered.toString());
        topics.publish("registration.delegations", id, "DelegationRegistered", registered.toString());
        String label = name + " (Luang Prabang Province)";

        JsonNode carnival = await().atMost(PATIENCE).until(() -> meal("hotpot-contest"),
                m -> m != null && m.toString().contains(label));
        assertThat(names(carnival.get("diets"), "HALAL")).contains(label);
        assertThat(names(carnival.get("allergens"), "PEANUTS")).contains(label);
        assertThat(gaps("opening-ceremony")).anySatisfy(gap -> {
            assertThat(gap.get("language").asString()).isEqualTo("lo");
            assertThat(gap.get("names").toString()).contains(label);
        });

        String needs = EventContract.example("NeedsChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id)
                .replace("\"Test Delegate\"", "\"" + name + "\"");
        topics.publish("registration.delegations", id, "NeedsChanged", needs);

        await().atMost(PATIENCE).until(() -> names(meal("hotpot-contest").get("diets"), "VEGETARIAN").contains(label));
        assertThat(names(meal("hotpot-contest").get("diets"), "HALAL")).doesNotContain(label);
        assertThat(names(meal("hotpot-contest").get("allergens"), "SESAME")).contains(label);
        assertThat(gaps("opening-ceremony").toString()).doesNotContain(label);
        assertThat(http.signedIn(DemoStaff.PROGRAMME).get("/catering?lang=en").body()).contains("Vegetarian", "Sesame", name);
    }

    @Test
    void showsTheItineraryAsAPageToItsDelegationAndToStaff() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id).status() == 200);

        HttpProbe.Answer page = http.get("/d/" + links.tokenFor(id) + "?lang=en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Luang Prabang Province: itinerary", "Opening ceremony", "11:20", "Pickup", "QV619",
                "Needs attention", "Chongqing time");
        assertThat(http.get("/d/" + links.tokenFor(UUID.randomUUID().toString())).status()).as("a link of no delegation").isEqualTo(404);
        assertThat(http.signedIn(DemoStaff.COORDINATOR).get("/itineraries/" + id).status()).as("its coordinator").isEqualTo(200);
        assertThat(http.signedIn(DemoStaff.OTHER_COORDINATOR).get("/itineraries/" + id).status()).isEqualTo(404);
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(staff.get("/programme").body()).contains("Opening ceremony", "of 800 seats", "http://localhost:8081/programme/parts");
        assertThat(staff.get("/catering").body()).contains("Hotpot tasting");
    }

    @Test
    void aNewCoordinatorIsToldTheWholeItinerary() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 1);

        topics.publish("registration.delegations", id, "CoordinatorAssigned",
                EventContract.example("CoordinatorAssigned").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id));

        String told = await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged"), r -> r.size() == 2).get(1).value();
        EventContract.assertConforms("ItineraryChanged", told);
        assertThat(told).contains("\"reason\":\"COORDINATOR_ASSIGNED\"", "\"coordinatorId\":\"coord-wang\"", "Opening ceremony", "QV619");
        assertThat(JSON.readTree(told).get("changes")).hasSize(2)
                .allSatisfy(change -> assertThat(change.path("before").isNull() || change.path("before").isMissingNode()).isTrue());
    }

    @Test
    void calendarFeedsUnderTheLinksFollowAMovedSessionInPlace() {
        String id = UUID.randomUUID().toString();
        String head = "0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a";
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id).status() == 200);
        String feed = "/d/" + links.tokenFor(id) + "/itinerary.ics?lang=ru";

        HttpProbe.Answer answer = http.get(feed);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/calendar");
        assertThat(answer.header("Cache-Control")).contains("no-store");
        ICalendar calendar = Biweekly.parse(answer.body()).first();
        assertThat(calendar.getEvents()).hasSize(2);
        VEvent opening = event(calendar, "session-opening-ceremony." + id);
        assertThat(opening.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-05-20T03:20:00Z"));
        assertThat(opening.getSummary().getValue()).as("the programme's Russian title").isEqualTo("Церемония открытия");
        assertThat(opening.getDescription().getValue()).contains("Кто: Test Delegate");
        assertThat(http.get("/d/" + links.tokenFor(id) + "/members/" + head + "/itinerary.ics").body()).contains("Opening ceremony");
        assertThat(http.get("/d/" + links.tokenFor(id) + "/members/someone-else/itinerary.ics").status()).isEqualTo(404);
        assertThat(http.get("/d/" + links.tokenFor(UUID.randomUUID().toString()) + "/itinerary.ics").status()).isEqualTo(404);
        assertThat(http.signedIn(DemoStaff.COORDINATOR).get("/itineraries/" + id + "/itinerary.ics").status()).isEqualTo(200);
        assertThat(http.signedIn(DemoStaff.OTHER_COORDINATOR).get("/itineraries/" + id + "/itinerary.ics").status()).isEqualTo(404);

        Matcher link = Pattern.compile("id=\"feed\"[^>]*value=\"([^\"]+)\"")
                .matcher(http.signedIn(DemoStaff.COORDINATOR).get("/calendar").body());
        assertThat(link.find()).as("the coordinator's page shows their link").isTrue();
        URI coordinatorFeed = URI.create(link.group(1).replace("&amp;", "&"));
        String yours = http.get(coordinatorFeed.getRawPath() + "?" + coordinatorFeed.getRawQuery()).body();
        assertThat(yours).contains("UID:session-opening-ceremony." + id);
        assertThat(http.get("/c/coord-demo.zz.forged/itinerary.ics").status()).isEqualTo(404);

        try {
            programme().putJson("/api/sessions/opening-ceremony/schedule",
                    "{\"startsAt\":\"2026-05-20T13:00:00+08:00\",\"endsAt\":\"2026-05-20T14:10:00+08:00\"}");
            VEvent moved = await().atMost(PATIENCE).until(() -> event(Biweekly.parse(http.get(feed).body()).first(),
                    "session-opening-ceremony." + id), e -> e.getDateStart().getValue().toInstant().equals(Instant.parse("2026-05-20T05:00:00Z")));
            assertThat(moved.getSequence().getValue()).as("the same event, a later version of it").isGreaterThan(opening.getSequence().getValue());
            assertThat(Biweekly.parse(http.get(feed).body()).first().getEvents()).hasSize(2);
        } finally {
            programme().putJson("/api/sessions/opening-ceremony/schedule",
                    "{\"startsAt\":\"2026-05-20T11:20:00+08:00\",\"endsAt\":\"2026-05-20T12:30:00+08:00\"}");
        }
    }

    @Test
    void theItineraryAsAPdfReadsInTheReadersLanguageWithItsFontsEmbedded() throws Exception {
        assumeThePdfFontsInstalled();
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id));
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + id).status() == 200);

        HttpResponse<byte[]> chinese = http.getBytes("/d/" + links.tokenFor(id) + "/itinerary.pdf?lang=zh-CN");
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(chinese.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("开幕式", "接站：CKG（QV619）", "Test Delegate", "重庆时间");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue());
            assertThat(fonts).anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));
            // For a look at it beside the browser tests' screenshots.
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 72), "png", Path.of("target/screenshots/itinerary-pdf-zh-CN.png").toFile());
        }
        try (PDDocument russian = Loader.loadPDF(
                http.getBytes("/d/" + links.tokenFor(id) + "/itinerary.pdf?lang=ru").body())) {
            assertThat(new PDFTextStripper().getText(russian)).contains("Церемония открытия", "Встреча в CKG");
        }
        assertThat(http.signedIn(DemoStaff.COORDINATOR).getBytes("/itineraries/" + id + "/itinerary.pdf").statusCode()).isEqualTo(200);
        assertThat(http.signedIn(DemoStaff.OTHER_COORDINATOR).getBytes("/itineraries/" + id + "/itinerary.pdf").statusCode()).isEqualTo(404);
        assertThat(http.getBytes("/d/" + links.tokenFor(UUID.randomUUID().toString()) + "/itinerary.pdf").statusCode()).isEqualTo(404);
    }

    /** The fonts the service is configured with (application.yml); skipped without them, except in CI, which installs them. */
    private static void assumeThePdfFontsInstalled() {
        boolean installed = Files.isReadable(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
                && Files.isReadable(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install fonts-dejavu-core and fonts-droid-fallback (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's fonts-dejavu-core and fonts-droid-fallback are not installed");
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().startsWith(uid)).findFirst().orElseThrow();
    }

    JsonNode meal(String sessionId) {
        return programme().get("/api/catering").json().valueStream().filter(m -> m.get("sessionId").asString().equals(sessionId))
                .findFirst().orElse(null);
    }

    static List<String> names(JsonNode lines, String need) {
        return lines.valueStream().filter(l -> l.get("need").asString().equals(need))
                .flatMap(l -> l.get("names").valueStream().map(JsonNode::asString)).toList();
    }

    List<JsonNode> gaps(String sessionId) {
        return programme().get("/api/interpretation").json().valueStream().filter(s -> s.get("sessionId").asString().equals(sessionId))
                .flatMap(s -> s.get("needs").valueStream()).filter(n -> n.get("coverage").asString().equals("GAP")).toList();
    }

    @Test
    void staffEnterAFlightDelayByApiOrPageAndOnlyThatPickupMoves() {
        String id = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", id, "DelegationRegistered", registration(id).replace("QV619", flight)
                .replace("2026-05-20T10:40:00+08:00", "2026-05-19T16:00:00+08:00"));
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 1);

        HttpProbe.Answer bad = programme().postJson("/api/flight-status",
                "{\"flightNumber\":\"" + flight + "\",\"scheduledDate\":\"2026-05-19\",\"status\":\"DELAYED\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("expectedAt");
        assertThat(http.as(DemoStaff.COORDINATOR).postJson("/api/flight-status", "{}").status()).isEqualTo(403);

        HttpProbe.Answer accepted = programme().postJson("/api/flight-status", "{\"flightNumber\":\"" + flight.toLowerCase()
                + "\",\"scheduledDate\":\"2026-05-19\",\"status\":\"DELAYED\",\"expectedAt\":\"2026-05-19T18:45\"}");
        assertThat(accepted.status()).isEqualTo(202);
        EventContract.assertConforms("FlightStatusChanged", accepted.body());
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 2);
        assertThat(published(id, "ItineraryChanged").get(1).value()).contains("\"reason\":\"FLIGHT_STATUS_CHANGED\"",
                "2026-05-19T18:45:00+08:00");

        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        HttpProbe.Answer entered = staff.postForm("/flights", "flightNumber", flight, "scheduledDate", "2026-05-19",
                "status", "RETIMED", "expectedAt", "2026-05-19T17:10", "_csrf", staff.csrfToken("/flights"));
        assertThat(entered.status()).isEqualTo(302);
        assertThat(staff.get("/flights?lang=en").body()).contains("Published: " + flight + " on 2026-05-19, Re-timed.");
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 3);
        assertThat(published(id, "ItineraryChanged").get(2).value()).contains("2026-05-19T17:10:00+08:00");
        HttpProbe.Answer invalid = staff.postForm("/flights?lang=en", "flightNumber", "not a flight", "scheduledDate", "2026-05-19",
                "status", "ON_TIME", "_csrf", staff.csrfToken("/flights"));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("must be a flight or train number");
    }

    @Test
    void signUpsTakeSeatsThenWaitAndAFreedSeatPromotesTheNextInLine() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String toMatchmaking = "[\"opening-ceremony\", \"trade-matchmaking\"]";
        assertThat(programme().putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":1}").status()).isEqualTo(200);
        try {
            topics.publish("registration.delegations", first, "DelegationRegistered",
                    registration(first).replace("[\"opening-ceremony\"]", toMatchmaking));
            await().atMost(PATIENCE).until(() -> published(first, "ItineraryChanged").size() == 1);
            topics.publish("registration.delegations", second, "DelegationRegistered",
                    registration(second).replace("[\"opening-ceremony\"]", toMatchmaking));

            ConsumerRecord<String, String> noSeat = await().atMost(PATIENCE).until(() -> published(second, "ClashDetected").stream()
                    .filter(r -> r.value().contains("\"NO_SEAT\"")).findFirst().orElse(null), r -> r != null);
            EventContract.assertConforms("ClashDetected", noSeat.value());
            assertThat(noSeat.value()).contains("has no seat at Sister-city trade cooperation matchmaking session", "all 1 seats are taken");
            assertThat(programme().get("/api/itineraries/" + second).json().get("entries").valueStream()
                    .filter(e -> e.get("entryId").asString().equals("session-trade-matchmaking")).findFirst().orElseThrow()
                    .get("waiting").toString()).contains("Test Delegate");
            assertThat(published(first, "ClashDetected").toString()).doesNotContain("NO_SEAT");

            // The first delegation drops the session: its seat goes to the second, who is told.
            String dropped = EventContract.example("SignupsChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", first)
                    .replace("\"hotpot-contest\"", "\"exhibition\"");
            topics.publish("registration.delegations", first, "SignupsChanged", dropped);
            await().atMost(PATIENCE).until(() -> published(second, "ClashResolved").stream().anyMatch(r -> r.value().contains("no-seat:")));
            String promoted = published(second, "ItineraryChanged").stream().map(ConsumerRecord::value)
                    .filter(v -> v.contains("SEATS_REALLOCATED")).findFirst().orElseThrow();
            EventContract.assertConforms("ItineraryChanged", promoted);

            // A smaller room: the last seated goes back to the head of the line.
            assertThat(programme().putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":0}").status()).isEqualTo(200);
            await().atMost(PATIENCE).until(() -> published(second, "ClashDetected").stream()
                    .filter(r -> r.value().contains("\"NO_SEAT\"")).count() == 2);
            assertThat(programme().putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":-1}").status()).isEqualTo(400);
            assertThat(programme().putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":null}").status()).isEqualTo(200);
            assertThat(programme().get("/api/sessions").json().valueStream()
                    .filter(row -> row.at("/session/id").asString().equals("trade-matchmaking")).findFirst().orElseThrow()
                    .at("/session/capacity").isNull()).as("no seat limit, as stored").isTrue();
            assertThat(http.as(DemoStaff.COORDINATOR).putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":5}").status())
                    .isEqualTo(403);
        } finally {
            programme().putJson("/api/sessions/trade-matchmaking/capacity", "{\"capacity\":120}");
        }
        await().atMost(PATIENCE).until(() -> published(second, "ClashResolved").stream().filter(r -> r.value().contains("no-seat:")).count() == 2);
    }

    static String heatOf(JsonNode board, String delegationId) {
        return board.at("/draw/heats").propertyStream().filter(heat -> heat.getValue().valueStream()
                .anyMatch(team -> team.asString().equals(delegationId))).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Programme staff draw the hotpot heats with a seed: two teams of one country go to different
     * heats, each team's members have their heat on their itinerary (and a clash with another
     * sign-up that overlaps it), and a team that leaves before the draw is frozen leaves the heats;
     * after the freeze nothing is drawn again. Then the panel judges.
     */
    @Test
    void programmeStaffDrawTheHotpotHeatsAndATeamThatLeavesIsTakenOutUntilTheDrawIsFrozen() {
        HotpotTeams.startAfresh(mongo);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        topics.publish("registration.delegations", first, "DelegationRegistered", HotpotTeams.withTeam(first, "MN", "Steppe Cooks"));
        topics.publish("registration.delegations", second, "DelegationRegistered", HotpotTeams.withTeam(second, "MN", "Khangai Kitchen"));
        topics.publish("registration.delegations", third, "DelegationRegistered", HotpotTeams.withTeam(third, "IS", "Fjord Pot"));
        await().atMost(PATIENCE).until(() -> List.of(first, second, third).stream().allMatch(id -> published(id, "ItineraryChanged").size() == 1));
        assertThat(programme().get("/api/contest/hotpot").body()).contains("Steppe Cooks", "Khangai Kitchen", "Fjord Pot");

        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(staff.postForm("/contest/hotpot/draw", "seed", "2026", "_csrf", staff.csrfToken("/contest/hotpot")).status())
                .isEqualTo(302);
        JsonNode board = programme().get("/api/contest/hotpot").json();
        assertThat(board.at("/draw/seed").asLong()).isEqualTo(2026);
        assertThat(heatOf(board, first)).as("one team per country in a heat").isNotNull().isNotEqualTo(heatOf(board, second));
        String heat = heatOf(board, third);
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + third).json().get("entries").valueStream()
                .anyMatch(e -> e.get("entryId").asString().equals("session-" + heat)));
        String changed = published(third, "ItineraryChanged").get(1).value();
        EventContract.assertConforms("ItineraryChanged", changed);
        assertThat(changed).contains("\"reason\":\"HEATS_REBALANCED\"");
        assertThat(staff.get("/contest/hotpot?lang=en").body()).contains("Drawn with seed 2026", "Fjord Pot (");

        // A cook also signs up for a demonstration that morning: the heat drawn for them clashes with it, like any sign-up.
        String demo = "cooking-demo-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(programme().postJson("/api/sessions", "{\"id\":\"" + demo + "\",\"title\":\"Sichuan pepper demonstration\","
                + "\"venue\":\"Culinary arts centre (illustrative)\",\"startsAt\":\"2026-05-21T10:15:00+08:00\","
                + "\"endsAt\":\"2026-05-21T11:15:00+08:00\"}").status()).isEqualTo(201);
        topics.publish("registration.delegations", third, "SignupsChanged", EventContract.example("SignupsChanged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", third).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", third + "-m1")
                .replace("\"opening-ceremony\",\n    \"hotpot-contest\"", "\"" + demo + "\",\n    \"hotpot-contest\""));
        String overlap = await().atMost(PATIENCE).until(() -> published(third, "ClashDetected").stream().map(ConsumerRecord::value)
                .filter(v -> v.contains("OVERLAPPING_SESSIONS")).findFirst().orElse(null), Objects::nonNull);
        EventContract.assertConforms("ClashDetected", overlap);
        assertThat(overlap).contains("Sichuan pepper demonstration", "Hotpot contest: heat");

        // The second team's cooks leave the team: it leaves the heats.
        for (String member : List.of(second + "-m1", second + "-m2")) {
            topics.publish("registration.delegations", second, "SignupsChanged", EventContract.example("SignupsChanged")
                    .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", second).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                    .replace("\"delegationVersion\": 1", "\"delegationVersion\": " + (member.endsWith("1") ? 1 : 2))
                    .replace("\"hotpotTeam\": true", "\"hotpotTeam\": false"));
        }
        await().atMost(PATIENCE).until(() -> heatOf(programme().get("/api/contest/hotpot").json(), second) == null);

        assertThat(staff.postForm("/contest/hotpot/freeze", "_csrf", staff.csrfToken("/contest/hotpot")).status()).isEqualTo(302);
        assertThat(programme().get("/api/contest/hotpot").json().at("/draw/frozen").asBoolean()).isTrue();
        staff.postForm("/contest/hotpot/draw", "seed", "7", "_csrf", staff.csrfToken("/contest/hotpot"));
        assertThat(programme().get("/api/contest/hotpot").json().at("/draw/seed").asLong()).as("a frozen draw is not drawn again").isEqualTo(2026);
        assertThat(staff.get("/contest/hotpot?lang=en").body()).contains("The draw is frozen");

        judgeTheHeatsAndTheFinal(first, third, heatOf(programme().get("/api/contest/hotpot").json(), third));
    }

    /**
     * The panel judges the frozen draw: a score saved as typed (twice, the same), a score off the
     * scale refused in the judge's language, a sheet not submitted while incomplete; every judge
     * submits each heat (one twice), and the last closes it: each team is told once (HeatClosed),
     * the heat's best ({@code favourite}) is planned into the final. Then the final is judged and
     * each finalist told its rank (ContestResult).
     */
    private void judgeTheHeatsAndTheFinal(String other, String favourite, String heat) {
        HttpProbe liu = http.signedIn(DemoStaff.JUDGES.get(0));
        String token = liu.csrfToken("/contest/hotpot/judge");
        String score = "/contest/hotpot/judge/" + heat + "/score";
        HttpProbe.Answer saved = liu.postForm(score, "team", favourite, "criterion", "taste", "score", "9", "_csrf", token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        assertThat(liu.postForm(score, "team", favourite, "criterion", "taste", "score", "9", "_csrf", token).status()).isEqualTo(204);
        HttpProbe.Answer offScale = liu.postForm(score + "?lang=ru", "team", favourite, "criterion", "taste", "score", "11", "_csrf", token);
        assertThat(offScale.status()).isEqualTo(409);
        assertThat(offScale.body()).contains("целое число");
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(staff.postForm(score, "team", favourite, "criterion", "taste", "score", "9", "_csrf", staff.csrfToken("/contest/hotpot"))
                .status()).as("only judges score").isEqualTo(403);
        liu.postForm("/contest/hotpot/judge/" + heat, "submit", "true", "_csrf", token);
        assertThat(liu.get("/contest/hotpot/judge?round=" + heat + "&lang=en").body()).as("an incomplete sheet stays open")
                .doesNotContain("You submitted your scores");

        for (String round : List.of("hotpot-heat-1", "hotpot-heat-2")) {
            HotpotTeams.judge(http, round, favourite, DemoStaff.JUDGES);
        }
        await().atMost(PATIENCE).until(() -> published(favourite, "HeatClosed").size() == 1);
        String closed = published(favourite, "HeatClosed").get(0).value();
        EventContract.assertConforms("HeatClosed", closed);
        assertThat(JSON.readTree(closed).get("rank").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(closed).get("finalist").asBoolean()).isTrue();
        assertThat(JSON.readTree(closed).get("judges").asInt()).as("a double submission counts once").isEqualTo(3);
        await().atMost(PATIENCE).until(() -> published(other, "HeatClosed").size() == 1);
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + favourite).json().get("entries").valueStream()
                .anyMatch(e -> e.get("entryId").asString().equals("session-hotpot-final")));
        assertThat(published(favourite, "ItineraryChanged").stream().map(ConsumerRecord::value))
                .anyMatch(v -> v.contains("\"reason\":\"CONTEST_FINALISTS\""));
        JsonNode results = http.get("/api/contest/hotpot/results").json();
        assertThat(results.at("/rounds/0/state").asString()).isEqualTo("CLOSED");
        assertThat(http.get("/contest/hotpot/results?lang=en").body()).as("public").contains("Fjord Pot", "to the final");

        // The last judge's submission is written and the service dies before closing the final:
        // the next view of the leaderboard closes it.
        HotpotTeams.judge(http, "hotpot-final", favourite, DemoStaff.JUDGES.subList(0, 2));
        assertThat(staff.get("/contest/hotpot?lang=en").body()).as("the desk sees whom the final waits for")
                .containsPattern("judging-hotpot-final\"[^<]*<td>[^<]*</td>\\s*<td>judging</td>\\s*<td>judge-garcia</td>");
        Document sheet = mongo.getCollection("hotpot_scores").find(new Document("_id", "hotpot-final:judge-liu")).first();
        mongo.getCollection("hotpot_scores").insertOne(sheet.append("_id", "hotpot-final:judge-garcia").append("judge", "judge-garcia"));
        assertThat(published(favourite, "ContestResult")).isEmpty();
        assertThat(http.get("/contest/hotpot/results").status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> published(favourite, "ContestResult").size() == 1);
        String result = published(favourite, "ContestResult").get(0).value();
        EventContract.assertConforms("ContestResult", result);
        assertThat(JSON.readTree(result).get("rank").asInt()).isEqualTo(1);
        HotpotTeams.judge(http, "hotpot-final", favourite, DemoStaff.JUDGES);
        assertThat(published(favourite, "HeatClosed")).as("told once").hasSize(1);
        assertThat(published(favourite, "ContestResult")).hasSize(1);
    }

    /**
     * Programme staff place a stall on a pitch: the delegation's itinerary shows it from its set-up
     * (StallAllocated, then ItineraryChanged), a second stall on the same pitch in the same slot is
     * refused, and visitors read the placed stalls' dishes and allergens in their language.
     */
    @Test
    void programmeStaffPlaceACarnivalStallOnAPitchAndItsDelegationSeesItOnItsItinerary() {
        mongo.dropCollection("carnival_map");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        topics.publish("registration.delegations", first, "DelegationRegistered", StallApplications.withStall(first, "Larb", "老挝肉末沙拉"));
        topics.publish("registration.delegations", second, "DelegationRegistered", StallApplications.withStall(second, "Khao piak sen", "老挝米线汤"));
        await().atMost(PATIENCE).until(() -> List.of(first, second).stream().allMatch(id -> published(id, "ItineraryChanged").size() == 1));

        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(staff.get("/carnival/stalls?lang=en").body()).contains("Larb / 老挝肉末沙拉 — Celery", "Staff 3 · power yes · water yes");
        String token = staff.csrfToken("/carnival/stalls");
        assertThat(staff.postForm("/carnival/stalls/" + first, "pitch", "7", "slots", "carnival-stalls-early", "_csrf", token).status())
                .isEqualTo(302);
        assertThat(staff.get("/carnival/stalls?lang=en").body()).contains("Placed. The delegation’s itinerary shows its pitch.");
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + first).json().get("entries").valueStream()
                .anyMatch(e -> e.get("entryId").asString().equals("stall-carnival-stalls-early")));
        JsonNode entry = programme().get("/api/itineraries/" + first).json().get("entries").valueStream()
                .filter(e -> e.get("entryId").asString().equals("stall-carnival-stalls-early")).findFirst().orElseThrow();
        assertThat(entry.get("title").asString()).isEqualTo("Food carnival stall, pitch 7: set up from 17:30, serve 18:30–19:45");
        assertThat(entry.get("startsAt").asString()).isEqualTo("2026-05-20T17:30:00+08:00");
        String changed = await().atMost(PATIENCE).until(() -> published(first, "ItineraryChanged").stream().map(ConsumerRecord::value)
                .filter(v -> v.contains("STALL_ALLOCATED")).findFirst().orElse(null), Objects::nonNull);
        EventContract.assertConforms("ItineraryChanged", changed);
        assertThat(http.get("/d/" + links.tokenFor(first) + "?lang=ru").body())
                .contains("место 7", "Торгуйте только со своего места");

        staff.postForm("/carnival/stalls/" + second, "pitch", "7", "slots", "carnival-stalls-early", "slots", "carnival-stalls-late",
                "_csrf", token);
        assertThat(staff.get("/carnival/stalls?lang=en").body()).as("one stall a pitch a slot")
                .contains("Not placed: Luang Prabang Province already has that pitch in that slot.");
        assertThat(staff.postForm("/carnival/stalls/" + second, "pitch", "7", "slots", "carnival-stalls-late", "_csrf", token).status())
                .isEqualTo(302);
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + second).json().get("entries").valueStream()
                .anyMatch(e -> e.get("entryId").asString().equals("stall-carnival-stalls-late")));

        String visitors = http.get("/carnival?lang=ru").body();
        assertThat(visitors).contains("Место 7: Luang Prabang Province", "Larb", "老挝肉末沙拉", "содержит: Сельдерей", "Khao piak sen");

        // Taken off the map: the stall leaves the itinerary.
        staff.postForm("/carnival/stalls/" + first, "pitch", "", "_csrf", token);
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + first).json().get("entries").valueStream()
                .noneMatch(e -> e.get("entryId").asString().startsWith("stall-")));
    }

    /** A delegation of a head and {@code members} others arriving together on one flight at CKG. */
    static String arriving(String delegationId, String flight, String scheduledAt, int members) {
        ObjectNode registered = (ObjectNode) JSON.readTree(registration(delegationId));
        ArrayNode list = registered.putArray("members");
        for (int i = 0; i <= members; i++) {
            ObjectNode member = list.addObject();
            member.put("memberId", delegationId + "-m" + i).put("role", i == 0 ? "HEAD" : "MEMBER").put("displayName", "Member " + i);
            member.putObject("arrival").put("mode", "AIR").put("carrier", flight.substring(0, 2)).put("number", flight)
                    .put("port", "CKG").put("scheduledAt", scheduledAt);
            member.putArray("attends");
        }
        return registered.toString();
    }

    @Test
    void staffListsDownloadAsCsvAndExcelWithTheSameRowsAsTheirPages() throws Exception {
        String id = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", id, "DelegationRegistered", arriving(id, flight, "2026-05-17T09:30:00+08:00", 2));
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 1);

        HttpProbe desk = http.signedIn(DemoStaff.PROGRAMME);
        HttpResponse<byte[]> csv = desk.getBytes("/transfers/export.csv?day=2026-05-17");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "transfers-2026-05-17.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        List<CSVRecord> ours = rows.stream().filter(r -> r.get("Flight or train").equals(flight)).toList();
        assertThat(ours).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("Direction")).isEqualTo("arrival");
            assertThat(r.get("At the port")).isEqualTo("09:30");
        });
        assertThat(ours).extracting(r -> r.get("Name") + " " + r.get("Vehicle type") + " " + r.get("head of delegation"))
                .containsExactlyInAnyOrder("Member 0 CAR yes", "Member 1 VAN ", "Member 2 VAN ");
        JsonNode manifest = programme().get("/api/transfers?day=2026-05-17").json().get(0);
        // Other scenarios' delegations may leave that day: their runs to the port follow the arrivals in the same list.
        long riders = manifest.get("runs").valueStream().filter(run -> !run.get("departing").asBoolean())
                .mapToLong(run -> run.get("riders").size()).sum()
                + manifest.get("unassigned").valueStream().filter(rider -> !rider.get("departing").asBoolean()).count();
        assertThat(rows.stream().filter(r -> r.get("Direction").equals("arrival"))).as("a row per passenger, as on the page")
                .hasSize((int) riders);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                desk.getBytes("/transfers/export.xlsx?day=2026-05-17&lang=zh-CN").body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.get(0).getCellText(3)).isEqualTo("车辆");
            assertThat(sheet).hasSize(rows.size() + 1);
        }
        String attending = UUID.randomUUID().toString();
        topics.publish("registration.delegations", attending, "DelegationRegistered", registration(attending));
        await().atMost(PATIENCE).until(() -> published(attending, "ItineraryChanged").size() == 1);
        List<CSVRecord> signUps = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(
                new String(desk.getBytes("/programme/signups.csv?lang=en").body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(signUps).filteredOn(r -> r.get("Name").equals("Test Delegate") && r.get("Session").equals("Opening ceremony"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("Status")).isIn("seat", "waiting list"));
        try (ReadableWorkbook needs = new ReadableWorkbook(new ByteArrayInputStream(
                desk.getBytes("/programme/interpretation.xlsx?lang=ru").body()))) {
            assertThat(needs.getFirstSheet().read().get(0).getCellText(2)).isEqualTo("Язык");
        }
        try (ReadableWorkbook kitchen = new ReadableWorkbook(new ByteArrayInputStream(
                desk.getBytes("/catering/export.xlsx?lang=en").body()))) {
            List<String> meals = kitchen.getFirstSheet().read().stream().skip(1).map(row -> row.getCellText(1)).distinct().toList();
            assertThat(meals).containsExactlyInAnyOrderElementsOf(programme().get("/api/catering").json().valueStream()
                    .map(m -> m.get("meal").asString()).toList());
        }
    }

    @Test
    void theDesksRunSheetsPrintInTheReadersLanguage() throws Exception {
        assumeThePdfFontsInstalled();
        String id = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", id, "DelegationRegistered", arriving(id, flight, "2026-05-16T08:00:00+08:00", 2));
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 1);
        HttpProbe desk = http.signedIn(DemoStaff.PROGRAMME);

        try (PDDocument board = Loader.loadPDF(desk.getBytes("/transfers/arrivals.pdf?day=2026-05-16&lang=zh-CN").body())) {
            assertThat(new PDFTextStripper().getText(board)).contains("2026-05-16 抵达一览", "CKG", flight, "Member 0", "团长", "08:00");
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(new PDFRenderer(board).renderImageWithDPI(0, 72), "png", Path.of("target/screenshots/arrivals-board-zh-CN.png").toFile());
        }
        try (PDDocument drivers = Loader.loadPDF(desk.getBytes("/transfers/drivers.pdf?day=2026-05-16&lang=en").body())) {
            JsonNode manifest = programme().get("/api/transfers?day=2026-05-16").json().get(0);
            assertThat(drivers.getNumberOfPages()).as("a page per vehicle").isEqualTo(manifest.get("runs").size());
            assertThat(new PDFTextStripper().getText(drivers)).contains("CKG-CAR-", "CKG-VAN-", "Member 2", "waits from 2026-05-16 08:00");
        }
        try (PDDocument kitchen = Loader.loadPDF(desk.getBytes("/catering/kitchen.pdf?lang=ru").body())) {
            assertThat(kitchen.getNumberOfPages()).as("a page per meal").isEqualTo(programme().get("/api/catering").json().size());
            assertThat(new PDFTextStripper().getText(kitchen)).contains("Аллергены");
        }
    }

    @Test
    void groupsArrivalsIntoVehiclesAndADelayReassignsOnlyThatFlightsPassengers() {
        String early = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        String other = "CA" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", early, "DelegationRegistered", arriving(early, flight, "2026-05-18T14:00:00+08:00", 2));
        topics.publish("registration.delegations", later, "DelegationRegistered", arriving(later, other, "2026-05-18T14:20:00+08:00", 2));
        await().atMost(PATIENCE).until(() -> published(early, "ItineraryChanged").size() == 1 && published(later, "ItineraryChanged").size() == 1);

        JsonNode manifest = programme().get("/api/transfers?day=2026-05-18").json().get(0);
        assertThat(manifest.get("port").asString()).isEqualTo("CKG");
        List<JsonNode> runs = manifest.get("runs").valueStream().filter(r -> !r.get("departing").asBoolean()).toList();
        assertThat(runs).filteredOn(r -> r.get("vehicleType").asString().equals("CAR"))
                .hasSize(2).allSatisfy(car -> assertThat(car.get("riders")).singleElement()
                        .satisfies(head -> assertThat(head.get("head").asBoolean()).isTrue()));
        JsonNode van = runs.stream().filter(r -> r.get("vehicleType").asString().equals("VAN")).findFirst().orElseThrow();
        assertThat(van.get("riders")).as("both parties within 45 minutes share a van").hasSize(4);
        assertThat(van.get("waitsFrom").asString()).isEqualTo("2026-05-18T14:00:00+08:00");
        assertThat(van.get("leavesAt").asString()).isEqualTo("2026-05-18T14:20:00+08:00");
        String vanId = van.get("vehicleId").asString();
        JsonNode pickup = programme().get("/api/itineraries/" + early).json().get("entries").get(0);
        assertThat(pickup.get("kind").asString()).isEqualTo("PICKUP");
        assertThat(pickup.get("rides").valueStream().map(r -> r.get("member").asString() + " " + r.get("vehicleType").asString()).toList())
                .containsExactly("Member 0 CAR", "Member 1 VAN", "Member 2 VAN");
        assertThat(pickup.at("/rides/1/vehicleId").asString()).isEqualTo(vanId);
        assertThat(pickup.at("/rides/1/leavesAt").asString()).isEqualTo("2026-05-18T14:20:00+08:00");

        assertThat(programme().postJson("/api/flight-status", "{\"flightNumber\":\"" + other + "\",\"scheduledDate\":\"2026-05-18\","
                + "\"status\":\"DELAYED\",\"expectedAt\":\"2026-05-18T17:00\"}").status()).isEqualTo(202);

        String reassigned = await().atMost(PATIENCE).until(() -> published(later, "TransferReassigned"), r -> r.size() == 1).get(0).value();
        EventContract.assertConforms("TransferReassigned", reassigned);
        assertThat(reassigned).contains("\"reason\":\"FLIGHT_STATUS_CHANGED\"", vanId, "2026-05-18T17:00:00+08:00");
        topics.awaitConsumed("itinerary-service", "operations.flight-status", PATIENCE);
        assertThat(published(early, "TransferReassigned")).as("the other flight's passengers keep their vehicles").isEmpty();
        JsonNode after = programme().get("/api/transfers?day=2026-05-18").json().get(0);
        JsonNode sameVan = after.get("runs").valueStream().filter(r -> r.get("vehicleId").asString().equals(vanId)).findFirst().orElseThrow();
        assertThat(sameVan.get("riders")).hasSize(2);
        assertThat(sameVan.get("riders").toString()).doesNotContain(other);
    }

    @Test
    void aPickupIsDoneWhenItsPartyIsScannedAtThePortDesk() {
        String id = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", id, "DelegationRegistered", arriving(id, flight, "2026-05-19T09:00:00+08:00", 1));
        await().atMost(PATIENCE).until(() -> published(id, "ItineraryChanged").size() == 1);
        Supplier<List<JsonNode>> riders = () -> programme().get("/api/transfers?day=2026-05-19").json().valueStream()
                .flatMap(m -> m.get("runs").valueStream()).filter(r -> r.get("riders").toString().contains(id)).toList();
        assertThat(riders.get()).isNotEmpty().allSatisfy(run -> assertThat(run.get("done").asBoolean()).isFalse());

        for (int i = 0; i <= 1; i++) {
            String checkIn = EventContract.example("CheckedIn").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id)
                    .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", id + "-m" + i).replace("2026-05-20T10:58:12Z", "2026-05-19T01:1" + i + ":00Z");
            String eventId = topics.publish("accreditation.checkins", id, "CheckedIn", checkIn);
            topics.publish("accreditation.checkins", id, "CheckedIn", checkIn, eventId); // delivered again
        }
        topics.publish("accreditation.checkins", id, "CheckedIn", EventContract.example("CheckedIn")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", id + "-m0")
                .replace("2026-05-20T10:58:12Z", "2026-05-19T02:30:00Z")); // scanned again later: the first scan counts
        topics.awaitConsumed("itinerary-service", "accreditation.checkins", PATIENCE);

        List<JsonNode> runs = riders.get();
        assertThat(runs).allSatisfy(run -> assertThat(run.get("done").asBoolean()).as(run.toString()).isTrue());
        assertThat(runs.stream().flatMap(r -> r.get("riders").valueStream()).map(r -> r.get("metAt").asString()).sorted().toList())
                .containsExactly("2026-05-19T09:10:00+08:00", "2026-05-19T09:11:00+08:00");
        assertThat(http.signedIn(DemoStaff.PROGRAMME).get("/transfers?day=2026-05-19").body()).contains("✓ met at the desk 09:10", "all met, pickup done");
        // The delegation sees it on its itinerary too.
        JsonNode pickup = programme().get("/api/itineraries/" + id).json().get("entries").valueStream()
                .filter(e -> e.get("kind").asString().equals("PICKUP")).findFirst().orElseThrow();
        assertThat(pickup.get("rides").valueStream().map(r -> r.get("metAt").asString()).toList())
                .containsExactlyInAnyOrder("2026-05-19T09:10:00+08:00", "2026-05-19T09:11:00+08:00");
        assertThat(http.get("/d/" + links.tokenFor(id) + "?lang=en").body()).contains("Member 0: met at the arrivals desk at 09:10 ✓");
    }

    @org.springframework.beans.factory.annotation.Autowired
    KafkaListenerEndpointRegistry listeners;
    @org.springframework.beans.factory.annotation.Autowired
    MongoTemplate mongo;

    @Test
    void rebuildingFromTheTopicsGivesTheSameItineraries() throws Exception {
        String rebooked = UUID.randomUUID().toString();
        String delayed = UUID.randomUUID().toString();
        String flight = "QV" + (100 + (int) (Math.random() * 8000));
        topics.publish("registration.delegations", rebooked, "DelegationRegistered", registration(rebooked));
        topics.publish("registration.delegations", rebooked, "TravelPlanChanged", EventContract.example("TravelPlanChanged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", rebooked));
        topics.publish("operations.flight-status", flight, "FlightStatusChanged",
                flightStatus(flight, "DELAYED", "2026-05-20T11:50:00+08:00", "2026-05-20T06:15:00Z"));
        // Registered after its flight's delay was reported: planned with the delay all the same.
        topics.publish("registration.delegations", delayed, "DelegationRegistered", arriving(delayed, flight, "2026-05-20T10:30:00+08:00", 2));
        await().atMost(PATIENCE).until(() -> programme().get("/api/itineraries/" + delayed).body().contains("2026-05-20T11:50:00+08:00")
                && programme().get("/api/itineraries/" + rebooked).body().contains("QV617"));
        topics.awaitConsumed("itinerary-service", "registration.delegations", PATIENCE);
        JsonNode rebookedBefore = planOf(rebooked);
        JsonNode delayedBefore = planOf(delayed);

        listeners.getListenerContainers().forEach(Lifecycle::stop);
        try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (String topic : List.of("registration.delegations", "operations.flight-status")) {
                for (int partition = 0; partition < 3; partition++) {
                    start.put(new TopicPartition(topic, partition), new OffsetAndMetadata(0));
                }
            }
            admin.alterConsumerGroupOffsets("itinerary-service", start).all().get();
        } finally {
            List.of("itineraries", "seats", "seat_tickets", "seat_holders", "transfer_ledger", "transfer_changes", "transfer_trips", "transfer_riders", "flight_reports").forEach(mongo::dropCollection);
            listeners.getListenerContainers().forEach(Lifecycle::start);
        }

        await().atMost(PATIENCE).ignoreExceptions().until(() -> planOf(rebooked).equals(rebookedBefore) && planOf(delayed).equals(delayedBefore));
        topics.awaitConsumed("itinerary-service", "registration.delegations", PATIENCE);
        topics.awaitConsumed("itinerary-service", "operations.flight-status", PATIENCE);
        assertThat(planOf(rebooked)).isEqualTo(rebookedBefore);
        assertThat(planOf(delayed)).isEqualTo(delayedBefore);
    }

    /** The itinerary without the vehicles: those are booked in the order events are read, which a replay may change. */
    JsonNode planOf(String delegationId) {
        JsonNode itinerary = programme().get("/api/itineraries/" + delegationId).json();
        itinerary.get("entries").forEach(entry -> ((ObjectNode) entry).remove("rides"));
        return itinerary;
    }
}
