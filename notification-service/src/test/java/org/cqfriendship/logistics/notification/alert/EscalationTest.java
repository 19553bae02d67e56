package org.cqfriendship.logistics.notification.alert;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.MovableClock;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Escalation of unacknowledged urgent alerts, with a clock the test moves (nothing waits for real minutes). */
@EmbeddedPlatformTest
@TestPropertySource(properties = {"notification.escalation.poll-interval=100ms", "notification.delivery.poll-interval=200ms"})
class EscalationTest extends ServiceScenarios {

    /** A clock that stands still until the test moves it. */

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-05-20T02:00:00Z"));
        }
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
    }

    @Autowired
    MovableClock clock;
    /** Run at once where the test checks that nothing happens, instead of waiting for the next pass. */
    @Autowired
    Escalator escalator;
    @Autowired
    Workloads workloads;

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries.DLT", "notification.alerts"};
    }

    List<JsonNode> inbox(String coordinatorId) {
        return http.as(coordinatorId).get("/api/coordinators/" + coordinatorId + "/alerts").json().valueStream().toList();
    }

    @Test
    void escalatesAnUnacknowledgedClashToTheDutyManagerTwiceThenStopsOnceAcknowledged() {
        String delegation = UUID.randomUUID().toString();
        String coordinator = "coord-wang";
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", EventContract.example("ClashDetected")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("\"coord-demo\"", "\"" + coordinator + "\""));
        String alertId = await().atMost(Duration.ofSeconds(30)).until(() -> inbox(coordinator), a -> a.size() == 1)
                .get(0).get("id").asString();

        String opened = await().atMost(Duration.ofSeconds(20)).until(() -> alertEvents(delegation, "AlertOpened"), e -> e.size() == 1).get(0);
        EventContract.assertConforms("AlertOpened", opened);
        assertThat(opened).contains(alertId, "\"urgent\":true", coordinator);

        clock.advance(Duration.ofMinutes(9));
        escalator.poll();
        assertThat(escalationsOf(alertId)).as("not before ten minutes").isEmpty();

        clock.advance(Duration.ofMinutes(2));
        JsonNode first = await().atMost(Duration.ofSeconds(10)).until(() -> escalationsOf(alertId), e -> e.size() == 1).get(0);
        assertThat(first.get("kind").asString()).isEqualTo("ESCALATION");
        // Worded for the duty manager, who reads Chinese.
        assertThat(first.get("message").asString()).contains(coordinator + " 在 11 分钟后仍未确认（第 1 次升级）");
        assertThat(first.get("title").asString()).startsWith("未确认：冲突：");

        clock.advance(Duration.ofMinutes(21));
        await().atMost(Duration.ofSeconds(10)).until(() -> escalationsOf(alertId).size() == 2);
        Workloads.Workload waiting = workloadOf(coordinator);
        assertThat(waiting.open()).as("the duty manager sees it waiting 32 minutes").isEqualTo(1);
        assertThat(waiting.urgentOpen()).isEqualTo(1);
        assertThat(waiting.open15To60Minutes()).isEqualTo(1);
        assertThat(waiting.escalations()).isEqualTo(2);
        assertThat(waiting.meanToAcknowledge()).isNull();
        assertThat(workloads.now(clock.instant())).as("the duty manager's copies are nobody's load")
                .noneMatch(w -> w.coordinatorId().equals("duty-manager"));

        http.as(coordinator).post("/api/coordinators/" + coordinator + "/alerts/" + alertId + "/acknowledgement");
        String acknowledged = await().atMost(Duration.ofSeconds(20)).until(() -> alertEvents(delegation, "AlertAcknowledged"), e -> !e.isEmpty())
                .get(0);
        EventContract.assertConforms("AlertAcknowledged", acknowledged);
        assertThat(alertEvents(delegation, "AlertOpened")).as("the duty manager's copies are not published").hasSize(1);
        Workloads.Workload done = workloadOf(coordinator);
        assertThat(done.open()).isZero();
        assertThat(done.acknowledged()).isEqualTo(1);
        assertThat(done.meanToAcknowledge()).isEqualTo(Duration.ofMinutes(32));
        clock.advance(Duration.ofHours(2));
        escalator.poll();
        assertThat(escalationsOf(alertId)).as("at most two, and none after the acknowledgement").hasSize(2);
    }

    @Test
    void neverEscalatesAnAlertThatIsNotUrgent() {
        String delegation = UUID.randomUUID().toString();
        String coordinator = "coord-chen";
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", EventContract.example("ItineraryChanged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("\"coord-demo\"", "\"" + coordinator + "\""));
        String alertId = await().atMost(Duration.ofSeconds(30)).until(() -> inbox(coordinator), a -> a.size() == 1)
                .get(0).get("id").asString();

        clock.advance(Duration.ofHours(3));
        escalator.poll();
        assertThat(escalationsOf(alertId)).isEmpty();
    }

    private List<String> alertEvents(String delegation, String type) {
        return topics.records(r -> delegation.equals(r.key()) && "notification.alerts".equals(r.topic())
                && type.equals(CloudEvents.header(r.headers(),
                CloudEvents.TYPE))).stream().map(r -> r.value()).toList();
    }

    private Workloads.Workload workloadOf(String coordinator) {
        return workloads.now(clock.instant()).stream().filter(w -> w.coordinatorId().equals(coordinator)).findFirst().orElseThrow();
    }

    private List<JsonNode> escalationsOf(String alertId) {
        return inbox("duty-manager").stream().filter(a -> a.get("id").asString().startsWith(alertId + ":escalation:")).toList();
    }
}
