package org.cqfriendship.logistics.notification.operations;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The operations console's API over the real broker: services, lag, delivery health, dead letters and their replay, a delegation's flow. */
@EmbeddedPlatformTest
class OperationsConsoleTest extends ServiceScenarios {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
        registry.add("notification.operations.lag-sample-every", () -> "500ms");
    }

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries.DLT"};
    }

    @AfterEach
    void restoreChannels() {
        TestChannels.restore();
    }

    HttpProbe operations() {
        return http.as("operations");
    }

    static String clash(String delegationId) {
        return EventContract.example("ClashDetected").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId);
    }

    @Test
    void showsEachServicesHealthVersionAndOutboxAndSaysWhichOnesDoNotAnswer() {
        List<JsonNode> services = operations().get("/api/operations/services").json().valueStream().toList();

        JsonNode self = services.stream().filter(s -> s.get("name").asString().equals("notification-service")).findFirst().orElseThrow();
        assertThat(self.get("health").asString()).isEqualTo("UP");
        assertThat(self.get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(self.get("uptimeSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(self.get("outboxPending").asLong()).isZero();
        // Nothing listens on the other services' ports in this test.
        assertThat(services).filteredOn(s -> !s.get("name").asString().equals("notification-service"))
                .allSatisfy(s -> assertThat(s.get("health").asString()).isEqualTo("UNREACHABLE"));
        assertThat(operations().get("/actuator/prometheus").body()).contains("outbox_pending", "resilience4j_circuitbreaker_state");
    }

    @Test
    void tracksLagPerGroupTopicAndPartitionWithItsHistory() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation));
        topics.awaitConsumed("notification-service", "itinerary.itineraries", PATIENCE);

        List<JsonNode> lag = await().atMost(PATIENCE).until(() -> operations().get("/api/operations/lag").json().valueStream()
                .filter(l -> l.get("group").asString().equals("notification-service")
                        && l.get("topic").asString().equals("itinerary.itineraries")).toList(), l -> !l.isEmpty());
        assertThat(lag).allSatisfy(l -> assertThat(l.get("lag").asLong()).isZero());
        await().atMost(PATIENCE).until(() -> operations().get("/api/operations/lag/history").json().valueStream()
                .anyMatch(sample -> sample.get("lagByGroup").has("notification-service")));
    }

    @Test
    void reportsDeliveryTimesPerChannelAndTheUrgentAlertsNobodyAcknowledged() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation));

        JsonNode report = await().atMost(PATIENCE).until(() -> operations().get("/api/operations/deliveries").json(),
                r -> r.get("channels").valueStream().anyMatch(c -> c.get("channel").asString().equals("EMAIL")
                        && c.get("delivered").asLong() > 0));
        JsonNode email = report.get("channels").valueStream().filter(c -> c.get("channel").asString().equals("EMAIL")).findFirst().orElseThrow();
        assertThat(email.get("p50").asLong()).isLessThanOrEqualTo(email.get("p99").asLong());
        assertThat(email.get("breaker").asString()).isEqualTo("CLOSED");
        assertThat(report.get("unacknowledgedUrgent").asLong()).isPositive();
        assertThat(report.get("oldestUnacknowledged").valueStream().map(u -> u.get("delegationId").asString())).contains(delegation);
    }

    @Test
    void listsADeadLetterWithWhyAndWhereFromAndReplaysItOnceCorrected() {
        String delegation = UUID.randomUUID().toString();
        String poison = "{\"delegationId\":\"" + delegation + "\"}";
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", poison);

        JsonNode dead = await().atMost(PATIENCE).until(() -> operations().get("/api/operations/dead-letters").json().valueStream()
                .filter(d -> delegation.equals(d.get("event").get("key").asString())).findFirst().orElse(null), d -> d != null);
        assertThat(dead.get("originalTopic").asString()).isEqualTo("itinerary.itineraries");
        assertThat(dead.get("originalOffset").isNumber()).isTrue();
        assertThat(dead.get("reason").asString()).contains("lacks a field");
        assertThat(dead.get("event").get("type").asString()).isEqualTo("ClashDetected");
        assertThat(dead.get("replay").isNull()).isTrue();

        String replay = """
                {"topic":"%s","partition":%d,"offset":%d,"body":%s}""".formatted(dead.get("event").get("topic").asString(),
                dead.get("event").get("partition").asInt(), dead.get("event").get("offset").asLong(),
                JsonMapper.builder().build().writeValueAsString(clash(delegation)));
        HttpProbe.Answer replayed = operations().postJson("/api/operations/dead-letters/replay", replay);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("corrected").asBoolean()).isTrue();

        await().atMost(PATIENCE).until(() -> http.as("coord-demo").get("/api/coordinators/coord-demo/alerts").json().valueStream()
                .anyMatch(a -> a.get("delegationId").asString().equals(delegation)));
        assertThat(operations().get("/api/operations/dead-letters").json().valueStream()
                .filter(d -> delegation.equals(d.get("event").get("key").asString())).findFirst().orElseThrow()
                .get("replay").get("by").asString()).isEqualTo("operations");
        assertThat(operations().get("/api/audit").body()).contains("dead-letter.replayed");
    }

    @Test
    void replaysEveryDeadLetterNotReplayedYetAndAPoisonReplayedUnchangedIsDeadLetteredAgain() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", "{\"delegationId\":\"" + delegation + "\"}");
        await().atMost(PATIENCE).until(() -> operations().get("/api/operations/dead-letters").json().valueStream()
                .anyMatch(d -> delegation.equals(d.get("event").get("key").asString())));

        assertThat(operations().post("/api/operations/dead-letters/replay-all").json().get("replayed").asInt()).isPositive();

        // Still poison: back in the dead letters, once more, while the first is marked replayed.
        List<JsonNode> again = await().atMost(PATIENCE).until(() -> operations().get("/api/operations/dead-letters").json().valueStream()
                .filter(d -> delegation.equals(d.get("event").get("key").asString())).toList(), d -> d.size() == 2);
        assertThat(again).filteredOn(d -> !d.get("replay").isNull()).hasSize(1);
    }

    @Test
    void continuesTheTraceOfTheEventThatCausedAnAlertSoOneChangesChainIsExact() {
        String delegation = UUID.randomUUID().toString();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation),
                UUID.randomUUID().toString(), Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        // Another change to the same delegation, in another trace.
        topics.publish("itinerary.itineraries", delegation, "ClashResolved",
                EventContract.example("ClashResolved").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));

        List<JsonNode> chain = await().atMost(PATIENCE).until(() -> operations().get("/api/operations/traces/" + traceId).json()
                .valueStream().toList(), steps -> steps.stream().anyMatch(s -> s.get("what").asString().equals("delivered by EMAIL")));

        assertThat(chain).extracting(step -> step.get("what").asString())
                .startsWith("ClashDetected", "alert CLASH_DETECTED").doesNotContain("ClashResolved", "alert CLASH_RESOLVED");
        assertThat(chain).allSatisfy(step -> assertThat(step.get("traceId").asString()).isEqualTo(traceId));
        assertThat(http.as("coord-demo").get("/api/coordinators/coord-demo/alerts").json().valueStream()
                .anyMatch(a -> a.get("id").asString().equals(eventId))).isTrue();
    }

    @Test
    void tracesOneDelegationFromItsEventsToTheAlertItsDeliveryAndItsAcknowledgement() {
        String delegation = UUID.randomUUID().toString();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation));
        await().atMost(PATIENCE).until(() -> http.as("coord-demo").get("/api/coordinators/coord-demo/alerts").json().valueStream()
                .anyMatch(a -> a.get("id").asString().equals(eventId)
                        && a.get("deliveries").get("EMAIL").get("status").asString().equals("DELIVERED")));
        http.as("coord-demo").post("/api/coordinators/coord-demo/alerts/" + eventId + "/acknowledgement");

        List<String> steps = operations().get("/api/operations/flows/" + delegation).json().valueStream()
                .map(step -> step.get("what").asString()).toList();

        assertThat(steps).containsSubsequence("ClashDetected", "alert CLASH_DETECTED", "acknowledged");
        assertThat(steps).contains("delivered by EMAIL", "delivered by SMS", "delivered by WEBHOOK");
    }
}
