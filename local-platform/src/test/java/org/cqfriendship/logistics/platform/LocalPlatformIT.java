package org.cqfriendship.logistics.platform;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.cqfriendship.logistics.contracts.EventContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole local platform, as a user starts it: the real broker, the store, the mail server and
 * the four services in their own processes. Registers the foundation request and follows it to
 * the coordinator's inbox and mailbox, then restarts everything and checks nothing was lost or doubled.
 */
class LocalPlatformIT {

    static final String FOUNDATION_REQUEST = EventContract.foundationRequest();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Path DATA = Path.of("target", "e2e-data");

    static LocalPlatform platform;

    @BeforeAll
    static void startFresh() throws IOException {
        if (Files.exists(DATA)) {
            try (Stream<Path> files = Files.walk(DATA)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        platform = start();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    static LocalPlatform start() {
        return LocalPlatform.start(DATA, LocalPlatform.projectRoot(), true, System.out);
    }

    @Test
    void aLateHeadOfDelegationReachesTheCoordinatorAndSurvivesARestart() throws Exception {
        JsonNode demo = get("http://localhost:8081/api/delegations");
        int demoDelegations = demo.size();
        assertThat(demoDelegations).isEqualTo(14);
        String seattle = demo.valueStream().filter(d -> d.get("locality").asString().equals("Seattle")).findFirst().orElseThrow()
                .get("id").asString();
        JsonNode speech = await().atMost(PATIENCE).ignoreExceptions().until(() -> get("http://localhost:8082/api/itineraries/" + seattle).get("entries")
                .valueStream().filter(e -> e.get("kind").asString().equals("VIDEO_SPEECH")).findFirst().orElse(null), e -> e != null);
        assertThat(speech.get("startsAt").asString()).isEqualTo("2026-05-20T11:20:00+08:00");
        assertThat(speech.get("localStartsAt").asString()).as("the mayor speaks the evening before, Seattle time")
                .isEqualTo("2026-05-19T20:20:00-07:00");
        // The demo's five illustrative hotpot teams wait for the draw, and anyone may watch the leaderboard.
        await().atMost(PATIENCE).ignoreExceptions().until(() -> get("http://localhost:8082/api/contest/hotpot", "programme").get("teams"),
                teams -> teams.size() == 5);
        assertThat(get("http://localhost:8082/api/contest/hotpot/results").get("rounds")).hasSize(3);

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FOUNDATION_REQUEST.replace("\"attends\"",
                        "\"hotelNights\": [\"2026-05-20\", \"2026-05-21\"], \"attends\""))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        String link = "Bearer " + JSON.readTree(created.body()).get("accessToken").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:8081/api/delegations/" + id);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations/" + id)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("nobody reads a delegation without signing in").isEqualTo(401);

        JsonNode clash = await().atMost(PATIENCE).until(() -> alertsAbout(id, "CLASH_DETECTED"), a -> a.size() == 1).get(0);
        assertThat(clash.get("message").asString()).contains("10:40", "12:10", "Opening ceremony starts at 20 May 11:20");
        JsonNode itinerary = get("http://localhost:8082/api/itineraries/" + id);
        assertThat(itinerary.get("clashes")).hasSize(1);
        // The head asked for two nights: a suite at the nearest hotel, and the pickup drives there.
        assertThat(titles(itinerary, "HOTEL")).singleElement().asString().startsWith("Riverside Conference Hotel (illustrative): suite, 2 nights");
        assertThat(titles(itinerary, "PICKUP")).singleElement().asString()
                .isEqualTo("Pickup at CKG (QV619) to Riverside Conference Hotel (illustrative) (35 min drive)");
        assertThat(get("http://localhost:8082/api/hotels/riverside/rooming-list?night=2026-05-20", "programme").valueStream()
                .map(guest -> guest.get("delegationId").asString()).toList()).contains(id);
        awaitOneEmailPerAlert(id);
        assertThat(mailsAbout(id)).anySatisfy(mail -> {
            assertThat(mail.get("to").asString()).isEqualTo("coord-demo@liaison.cq-friendship.example.org");
            assertThat(mail.get("subject").asString()).contains("Clash", "Luang Prabang Province");
        });
        // The clash is urgent: it also went to the coordinator's phone and, like every alert, to their group chat.
        String clashId = clash.get("id").asString();
        assertThat(simulated("sms")).anySatisfy(sms -> {
            assertThat(sms.get("idempotencyKey").asString()).isEqualTo(clashId + ":SMS");
            assertThat(sms.get("to").asString()).isEqualTo("+8613800000001");
        });
        await().atMost(PATIENCE).until(() -> simulated("webhooks").stream()
                .anyMatch(post -> post.get("idempotencyKey").asString().equals(clashId + ":WEBHOOK")));

        // The head books an earlier flight: the change reaches the itinerary and the coordinator.
        HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations/" + id))
                .header("Authorization", link).build(), HttpResponse.BodyHandlers.ofString());
        ObjectNode delegation = (ObjectNode) JSON.readTree(current.body());
        ((ObjectNode) delegation.get("members").get(0).get("arrival"))
                .put("number", "QV617").put("scheduledAt", "2026-05-19T18:20:00+08:00");
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations/" + id))
                .header("Content-Type", "application/json").header("Authorization", link)
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(delegation.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(changed.statusCode()).isEqualTo(200);
        // Itinerary changed, clash resolved, and the head's car moved to the day before: none urgent, so one digest.
        JsonNode resolved = await().atMost(PATIENCE).until(() -> alertsAbout(id, null).stream()
                .filter(a -> a.get("message").asString().contains("Test Delegate can now make Opening ceremony")).findFirst().orElse(null),
                a -> a != null && a.get("message").asString().contains("Transfer changed: Luang Prabang Province at CKG"));
        assertThat(resolved.get("kind").asString()).isEqualTo("DIGEST");
        assertThat(get("http://localhost:8082/api/itineraries/" + id).get("clashes")).isEmpty();
        awaitOneEmailPerAlert(id);

        // The airline reports the new flight delayed to the morning of the opening: the clash is back, urgently.
        FlightStatusTool.main(new String[] {"QV617", "2026-05-19", "DELAYED", "2026-05-20T10:30"});
        await().atMost(PATIENCE).until(() -> alertsAbout(id, "CLASH_DETECTED").size() == 2);
        JsonNode delayed = await().atMost(PATIENCE).until(() -> alertsAbout(id, "ITINERARY_CHANGED").stream()
                .filter(a -> a.get("title").asString().startsWith("Itinerary changed")).findFirst().orElse(null), a -> a != null
                && a.get("message").asString().contains("20 May 10:30"));
        assertThat(delayed.get("urgent").asBoolean()).isTrue();
        assertThat(delayed.get("message").asString()).contains("delayed, re-timed or cancelled", "19 May 18:20", "20 May 10:30");
        awaitOneEmailPerAlert(id);

        // The head lands: the airport desk scans their badge (accreditation-service); the pickup is done and the coordinator told.
        String badge = await().atMost(PATIENCE).ignoreExceptions().until(() -> get("http://localhost:8084/api/delegations/" + id + "/badges"),
                badges -> badges.size() == 1).get(0).get("number").asString();
        HttpResponse<String> scanned = send("http://localhost:8084/api/scans", PlatformSettings.demoAccount("desk-ckg"),
                "{\"key\": \"" + UUID.randomUUID() + "\", \"code\": \"" + badge + "\", \"placeId\": \"ckg-desk\"}");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(200);
        assertThat(JSON.readTree(scanned.body()).get("accepted").asBoolean()).isTrue();
        await().atMost(PATIENCE).until(() -> alertsAbout(id, null).stream()
                .anyMatch(a -> a.get("message").asString().contains("Test Delegate of Luang Prabang Province was met at the CKG arrivals desk")));
        await().atMost(PATIENCE).until(() -> get("http://localhost:8082/api/transfers?day=2026-05-20").valueStream()
                .flatMap(m -> m.get("runs").valueStream()).flatMap(r -> r.get("riders").valueStream())
                .anyMatch(r -> r.get("delegationId").asString().equals(id) && !r.get("metAt").isNull()));
        awaitOneEmailPerAlert(id);

        int alertsBefore = alertsAbout(id, null).size();
        awaitNoLag();
        // The operations console sees the four services through their actuators, and the delegation's whole flow.
        assertThat(get("http://localhost:8083/api/operations/services", "operations").valueStream().toList()).hasSize(4)
                .allSatisfy(service -> {
                    assertThat(service.get("health").asString()).isEqualTo("UP");
                    assertThat(service.get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
                });
        assertThat(get("http://localhost:8083/api/operations/flows/" + id, "operations").valueStream()
                .map(step -> step.get("what").asString()).toList())
                .containsSubsequence("DelegationRegistered", "ClashDetected", "alert CLASH_DETECTED", "delivered by EMAIL");
        // One trace id from the registration request through the itinerary-service to the alert.
        String trace = get("http://localhost:8083/api/operations/flows/" + id, "operations").valueStream()
                .filter(step -> step.get("what").asString().equals("DelegationRegistered")).findFirst().orElseThrow()
                .get("traceId").asString();
        assertThat(get("http://localhost:8083/api/operations/traces/" + trace, "operations").valueStream()
                .map(step -> step.get("what").asString()).toList())
                .containsSubsequence("DelegationRegistered", "ClashDetected", "alert CLASH_DETECTED");

        // Programme staff publish a session on the itinerary-service; the registration-service learns it from the event.
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8082/api/sessions"))
                .header("Content-Type", "application/json").header("Authorization", PlatformSettings.demoAccount("programme"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"river-cruise\",\"title\":\"Yangtze river evening cruise\","
                        + "\"venue\":\"Chaotianmen pier\",\"startsAt\":\"2026-05-21T19:30:00+08:00\","
                        + "\"endsAt\":\"2026-05-21T21:30:00+08:00\",\"capacity\":120}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/programme")).build(),
                HttpResponse.BodyHandlers.ofString()).body().contains("river-cruise"));

        platform.close();
        platform = start();

        assertThat(get("http://localhost:8081/api/delegations/" + id).get("locality").asString()).isEqualTo("Luang Prabang Province");
        assertThat(get("http://localhost:8081/api/delegations").size()).isEqualTo(demoDelegations + 1);
        awaitNoLag();
        assertThat(alertsAbout(id, null)).hasSize(alertsBefore);
        assertThat(alertsAbout(id, "CLASH_DETECTED")).hasSize(2);
        assertThat(get("http://localhost:8084/api/delegations/" + id + "/badges").get(0).get("number").asString())
                .as("the badge read again from the events is the same badge").isEqualTo(badge);
        assertThat(mailsAbout(id)).as("no email is sent again after a restart").isEmpty();

        // The published session is still offered after the restart; a delegation signs up for it and it is planned.
        HttpResponse<String> cruise = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        FOUNDATION_REQUEST.replace("\"opening-ceremony\"", "\"opening-ceremony\", \"river-cruise\""))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cruise.statusCode()).as(cruise.body()).isEqualTo(201);
        String cruising = JSON.readTree(cruise.body()).get("id").asString();
        await().atMost(PATIENCE).ignoreExceptions().until(() -> get("http://localhost:8082/api/itineraries/" + cruising).get("entries")
                .valueStream().anyMatch(e -> e.get("title").asString().equals("Yangtze river evening cruise")));
    }

    @Test
    void aMemberErasedThroughTheLinkIsGoneFromEveryService() throws Exception {
        String request = FOUNDATION_REQUEST.replace("\"attends\": [ \"opening-ceremony\" ] } ] }",
                "\"attends\": [ \"opening-ceremony\" ] }, { \"role\": \"MEMBER\", \"givenName\": \"Erase\", \"familyName\": \"Me\", "
                        + "\"alerts\": { \"email\": \"erase-e2e@lpb.example.la\", \"language\": \"en\" } } ] }");
        assertThat(request).contains("erase-e2e");
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/api/delegations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode registered = JSON.readTree(created.body());
        String id = registered.get("id").asString();
        String link = "Bearer " + registered.get("accessToken").asString();
        String member = registered.at("/members/1/memberId").asString();
        String itineraryExport = "http://localhost:8082/api/itineraries/" + id + "/members/" + member + "/export";
        String notificationExport = "http://localhost:8083/api/delegates/" + member + "/export";
        await().atMost(PATIENCE).until(() -> status(itineraryExport, link) == 200 && status(notificationExport, link) == 200);
        assertThat(send(notificationExport, link, null).body()).contains("erase-e2e@lpb.example.la");
        assertThat(send("http://localhost:8081/api/delegations/" + id + "/members/" + member + "/export", link, null).body())
                .contains("\"familyName\":\"Me\"", itineraryExport, notificationExport);

        HttpResponse<String> erased = send("http://localhost:8081/api/delegations/" + id + "/members/" + member + "/erasure", link, "{}");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);

        // Each service honours PersonErased: nothing of the member is left to export anywhere.
        await().atMost(PATIENCE).until(() -> status(itineraryExport, link) == 404 && status(notificationExport, link) == 404);
        assertThat(get("http://localhost:8082/api/itineraries/" + id).toString()).doesNotContain(member, "Erase Me");
        assertThat(status("http://localhost:8081/api/delegations/" + id + "/members/" + member + "/export", link)).isEqualTo(404);
        await().atMost(PATIENCE).until(() -> !get("http://localhost:8084/api/delegations/" + id + "/badges").toString().contains("Erase Me"));
    }

    static int status(String url, String authorization) throws IOException, InterruptedException {
        return send(url, authorization, null).statusCode();
    }

    /** A GET, or with {@code json} a POST of it, as the holder of {@code authorization}. */
    static HttpResponse<String> send(String url, String authorization, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization);
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads as programme staff, who see every delegation and itinerary. */
    static JsonNode get(String url) throws IOException, InterruptedException {
        return get(url, "programme");
    }

    static JsonNode get(String url, String demoUser) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", PlatformSettings.demoAccount(demoUser)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static List<JsonNode> alertsAbout(String delegationId, String kind) throws IOException, InterruptedException {
        return get("http://localhost:8083/api/coordinators/coord-demo/alerts", "coord-demo").valueStream()
                .filter(a -> a.get("delegationId").asString().equals(delegationId))
                .filter(a -> kind == null || a.get("kind").asString().equals(kind)).toList();
    }

    /** Every alert about the delegation has gone out by email, each exactly once. */
    static List<String> titles(JsonNode itinerary, String kind) {
        return itinerary.get("entries").valueStream().filter(e -> e.get("kind").asString().equals(kind))
                .map(e -> e.get("title").asString()).toList();
    }

    static void awaitOneEmailPerAlert(String delegationId) {
        await().atMost(PATIENCE).until(() -> alertsAbout(delegationId, null).stream()
                .allMatch(a -> a.get("deliveries").get("EMAIL").get("status").asString().equals("DELIVERED")));
        await().atMost(PATIENCE).until(() -> mailsAbout(delegationId).size() == alertsAbout(delegationId, null).size());
    }

    /** What the SMS gateway and webhook simulator recorded ("sms" or "webhooks"). */
    static List<JsonNode> simulated(String what) throws IOException, InterruptedException {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8026/" + what + ".json")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).valueStream().toList();
    }

    static List<JsonNode> mailsAbout(String delegationId) throws IOException, InterruptedException {
        return get("http://localhost:8025/messages.json").valueStream()
                .filter(m -> m.get("body").asString().contains(delegationId)).toList();
    }

    /** Every consumer group has processed every record on its topics, and nothing waits in an outbox. */
    static void awaitNoLag() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"))) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() ->
                    caughtUp(admin, "itinerary-service", "registration.delegations")
                            && caughtUp(admin, "notification-service", "itinerary.itineraries")
                            && caughtUp(admin, "accreditation-service", "registration.delegations")
                            && caughtUp(admin, "notification-service", "accreditation.checkins"));
        }
    }

    static boolean caughtUp(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset()));
    }
}
