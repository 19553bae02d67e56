package org.cqfriendship.logistics.notification.messaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the notification-service promises, on whichever broker and store the subclass starts, with a real SMTP server. */
abstract class NotificationScenarios extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries.DLT"};
    }

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final int SMTP_PORT = freePort();
    static GreenMail mail = startMail();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("notification.email.poll-interval", () -> "200ms");
        registry.add("notification.email.max-retry-backoff", () -> "1s");
        registry.add("resilience4j.circuitbreaker.instances.email.wait-duration-in-open-state", () -> "1s");
        registry.add("resilience4j.retry.instances.email.wait-duration", () -> "100ms");
    }

    @Autowired
    MongoTemplate mongo;



    @AfterEach
    void restartMailIfStopped() {
        if (!mail.isRunning()) {
            mail = startMail();
        }
    }

    static GreenMail startMail() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clash(String delegationId, String coordinatorId) {
        return EventContract.example("ClashDetected").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegationId)
                .replace("\"coord-demo\"", coordinatorId == null ? "null" : "\"" + coordinatorId + "\"");
    }

    List<JsonNode> inbox(String coordinatorId, String delegationId) {
        // The programme desk's inbox is read by the programme staff account.
        String account = "programme-desk".equals(coordinatorId) ? "programme" : coordinatorId;
        return http.as(account).get("/api/coordinators/" + coordinatorId + "/alerts").json().valueStream()
                .filter(alert -> delegationId.equals(alert.get("delegationId").asString())).toList();
    }

    static List<MimeMessage> emailsAbout(String delegationId) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> body(m).contains(delegationId)).toList();
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void putsAClashInTheCoordinatorsInboxAndEmailsThem() throws Exception {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));

        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 1).get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("CLASH_DETECTED");
        assertThat(alert.get("urgent").asBoolean()).isTrue();
        assertThat(alert.get("message").asString()).contains("earliest arrival is 12:10", "What to do");

        MimeMessage email = await().atMost(PATIENCE).until(() -> emailsAbout(delegation), m -> m.size() == 1).get(0);
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("coord-demo@liaison.cq-friendship.example.org");
        assertThat(email.getSubject()).contains("Clash", "Luang Prabang Province");
    }

    @Test
    void turnsAnItineraryChangeIntoAReadableAlert() {
        String delegation = UUID.randomUUID().toString();
        String changed = EventContract.example("ItineraryChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation);
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", changed);

        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 1).get(0);
        assertThat(alert.get("kind").asString()).isEqualTo("ITINERARY_CHANGED");
        assertThat(alert.get("message").asString()).contains("Pickup at CKG", "20 May 10:40", "Opening ceremony");
    }

    @Test
    void saysWhatChangedFromBeforeToAfterAndWhenAClashIsResolved() {
        String delegation = UUID.randomUUID().toString();
        String changed = """
                {"delegationId":"%s","coordinatorId":"coord-demo","locality":"Luang Prabang Province",
                 "reason":"TRAVEL_CHANGED","changedAt":"2026-05-02T08:00:01Z","changes":[
                  {"entryId":"pickup-x","description":"Pickup at CKG (QV617)",
                   "before":{"kind":"PICKUP","startsAt":"2026-05-20T10:40:00+08:00","place":"CKG","members":["Test Delegate"]},
                   "after":{"kind":"PICKUP","startsAt":"2026-05-19T18:20:00+08:00","place":"CKG","members":["Test Delegate"]}}]}
                """.formatted(delegation);
        EventContract.assertConforms("ItineraryChanged", changed);
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", changed);
        topics.publish("itinerary.itineraries", delegation, "ClashResolved",
                EventContract.example("ClashResolved").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));

        List<JsonNode> alerts = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 2);
        assertThat(alerts.get(0).get("kind").asString()).isEqualTo("CLASH_RESOLVED");
        assertThat(alerts.get(0).get("urgent").asBoolean()).isFalse();
        assertThat(alerts.get(1).get("message").asString())
                .contains("changed (travel plans changed)", "20 May 10:40 at CKG (Test Delegate) → 19 May 18:20 at CKG");
    }

    @Test
    void aRedeliveredEventCreatesNoSecondAlertOrEmail() {
        String delegation = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"), eventId);
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"), eventId);

        topics.awaitConsumed("notification-service", "itinerary.itineraries", PATIENCE);
        await().atMost(PATIENCE).until(() -> mongo.findById(eventId, Alert.class).email().deliveredAt() != null);
        assertThat(inbox("coord-demo", delegation)).hasSize(1);
        assertThat(emailsAbout(delegation)).hasSize(1);
    }

    @Test
    void alertsTheProgrammeDeskWhileNoCoordinatorIsAssigned() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, null));

        await().atMost(PATIENCE).until(() -> inbox("programme-desk", delegation).size() == 1);
        MimeMessage email = await().atMost(PATIENCE).until(() -> emailsAbout(delegation), m -> m.size() == 1).get(0);
        assertThat(body(email)).contains("Dear Programme desk");
    }

    @Test
    void parksEmailWhileTheMailServerIsDownAndSendsItOnceWhenItIsBack() {
        mail.stop();
        String delegation = UUID.randomUUID().toString();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));

        await().atMost(PATIENCE).until(() -> {
            Alert alert = mongo.findById(eventId, Alert.class);
            return alert != null && alert.email().attempts() >= 1 && alert.email().lastError() != null;
        });
        assertThat(inbox("coord-demo", delegation)).hasSize(1);

        mail = startMail();
        await().atMost(PATIENCE).until(() -> emailsAbout(delegation).size() == 1);
        await().atMost(PATIENCE).until(() -> mongo.findById(eventId, Alert.class).email().deliveredAt() != null);
        assertThat(emailsAbout(delegation)).hasSize(1);
    }

    @Test
    void deadLettersAnEventItCannotAlertOn() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", "{\"delegationId\":\"" + delegation + "\"}");

        await().atMost(PATIENCE).until(() -> topics.records(r -> delegation.equals(r.key())).size() == 1);
        assertThat(http.as("coord-demo").get("/api/coordinators/coord-demo/alerts").body()).doesNotContain(delegation);
    }

    @Test
    void aReassignedTransferTellsTheCoordinatorWhoRidesWhatNowUrgentlyForAFlightDelay() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "TransferReassigned",
                EventContract.example("TransferReassigned").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));

        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 1).get(0);

        assertThat(alert.get("title").asString()).isEqualTo("Transfer changed: Luang Prabang Province at CKG");
        assertThat(alert.get("urgent").asBoolean()).isTrue();
        assertThat(alert.get("message").asString()).contains("Test Delegate: CKG-CAR-01 at 20 May 10:40 → CKG-CAR-02 at 20 May 11:30",
                "the flight or train is delayed");
    }

    @Test
    void aMemberOnAWaitingListIsToldWithoutWakingTheDutyManager() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("\"LATE_ARRIVAL\"", "\"NO_SEAT\"").replace("late-arrival:", "no-seat:"));

        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 1).get(0);

        assertThat(alert.get("title").asString()).startsWith("No seat: Luang Prabang Province, Test Delegate");
        assertThat(alert.get("urgent").asBoolean()).isFalse();
        assertThat(alert.get("message").asString()).contains("What to do: tell the delegation");
    }
}
