package org.cqfriendship.logistics.notification.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.alert.Alert;
import org.cqfriendship.logistics.notification.alert.AlertKind;
import org.cqfriendship.logistics.notification.alert.Channel;
import org.cqfriendship.logistics.notification.alert.Delivery;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.simulator.GatewaySimulator;
import org.cqfriendship.logistics.support.privacy.ContactKeys;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.privacy.SealedContacts;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the notification-service promises, on whichever broker and store the subclass starts, with a real SMTP server. */
abstract class NotificationScenarios extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries.DLT", "registration.delegations.DLT"};
    }

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final GatewaySimulator gateway = TestChannels.GATEWAY;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
        registry.add("notification.rooming-lists.settle", () -> "1s");
        registry.add("notification.rooming-lists.poll-interval", () -> "500ms");
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ContactKeys contactKeys;

    @Autowired
    DelegationLinks links;

    @AfterEach
    void bringChannelsBack() {
        TestChannels.restore();
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

    static List<GatewaySimulator.Sms> textsAbout(String locality) {
        return gateway.sms().stream().filter(sms -> sms.text().contains(locality)).toList();
    }

    static List<GatewaySimulator.Webhook> webhooksAbout(String delegationId) {
        return gateway.webhooks().stream().filter(post -> delegationId.equals(post.body().get("delegationId").asString())).toList();
    }

    Alert stored(String alertId) {
        return mongo.findById(alertId, Alert.class);
    }

    static List<MimeMessage> emailsAbout(String delegationId) {
        return Arrays.stream(TestChannels.mail().getReceivedMessages()).filter(m -> body(m).contains(delegationId)).toList();
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
        assertThat(alert.get("message").asString()).contains("earliest arrival at the venue is 20 May 12:10", "What to do");

        MimeMessage email = await().atMost(PATIENCE).until(() -> emailsAbout(delegation), m -> m.size() == 1).get(0);
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("coord-demo@liaison.cq-friendship.example.org");
        assertThat(email.getSubject()).contains("Clash", "Luang Prabang Province");
        assertThat(body(email)).as("the itinerary as a PDF, at the staff address")
                .contains("Itinerary (PDF): http://localhost:8082/itineraries/" + delegation + "/itinerary.pdf?lang=en");
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

        // Neither is urgent, and they came within the digest window: one alert tells both.
        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation),
                a -> a.size() == 1 && a.get(0).get("changes").asInt() == 2).get(0);
        assertThat(alert.get("urgent").asBoolean()).isFalse();
        assertThat(alert.get("message").asString())
                .contains("changed (travel plans changed)", "20 May 10:40 at CKG (Test Delegate) → 19 May 18:20 at CKG",
                        "■ Clash resolved: Luang Prabang Province, Test Delegate for Opening ceremony");
    }

    @Test
    void aRedeliveredEventCreatesNoSecondAlertOrEmail() {
        String delegation = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"), eventId);
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"), eventId);

        topics.awaitConsumed("notification-service", "itinerary.itineraries", PATIENCE);
        await().atMost(PATIENCE).until(() -> stored(eventId).delivery(Channel.EMAIL).delivered());
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
    void theInboxListsWhatStillWaitsOrIsUrgentAndLinksEachAlertToItsItinerary() {
        String urgent = UUID.randomUUID().toString();
        String calm = UUID.randomUUID().toString();
        String seen = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", urgent, "ClashDetected", clash(urgent, "coord-demo"));
        topics.publish("itinerary.itineraries", calm, "ItineraryChanged", EventContract.example("ItineraryChanged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", calm));
        String seenAlert = topics.publish("itinerary.itineraries", seen, "ClashDetected", clash(seen, "coord-demo"));
        await().atMost(PATIENCE).until(() -> inbox("coord-demo", urgent).size() == 1 && inbox("coord-demo", calm).size() == 1
                && inbox("coord-demo", seen).size() == 1);
        http.as("coord-demo").post("/api/coordinators/coord-demo/alerts/" + seenAlert + "/acknowledgement");

        var coordinator = http.signedIn("coord-demo");
        Function<String, String> page = show -> coordinator.get("/coordinators/coord-demo/inbox?show=" + show).body();
        Function<String, String> link = delegation -> "href=\"http://localhost:8082/itineraries/" + delegation + "\"";
        assertThat(page.apply("all")).contains(link.apply(urgent), link.apply(calm), link.apply(seen));
        assertThat(page.apply("waiting")).contains(link.apply(urgent), link.apply(calm)).doesNotContain(link.apply(seen));
        assertThat(page.apply("urgent")).contains(link.apply(urgent)).doesNotContain(link.apply(calm), link.apply(seen));
    }

    /** A clash about {@code delegation} alerted while the mail server is down: its alert's id, once the email is parked. */
    String emailParkedAbout(String delegation) {
        TestChannels.stopMail();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));
        await().atMost(PATIENCE).until(() -> {
            Alert alert = stored(eventId);
            return alert != null && alert.delivery(Channel.EMAIL).attempts() >= 1 && alert.delivery(Channel.EMAIL).lastError() != null;
        });
        return eventId;
    }

    @Test
    void parksEmailWhileTheMailServerIsDownAndSendsItOnceWhenItIsBack() {
        String delegation = UUID.randomUUID().toString();
        String eventId = emailParkedAbout(delegation);
        assertThat(inbox("coord-demo", delegation)).hasSize(1);

        TestChannels.restore();
        await().atMost(PATIENCE).until(() -> emailsAbout(delegation).size() == 1);
        await().atMost(PATIENCE).until(() -> stored(eventId).delivery(Channel.EMAIL).delivered());
        assertThat(emailsAbout(delegation)).hasSize(1);
    }

    @Test
    void aDeliveryClaimedByAnotherInstanceIsLeftToItAndSentOnceWhenItsClaimLapses() {
        String delegation = UUID.randomUUID().toString();
        String eventId = emailParkedAbout(delegation);
        assertThat(stored(eventId).delivery(Channel.EMAIL).claim()).as("a parked delivery is nobody's").isEqualTo(Delivery.UNCLAIMED);

        // Another instance (it shares the store) claims the email and is sending it for the next 4 s.
        Instant lapses = Instant.now().plusSeconds(4);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(eventId)), new Update().set("deliveries.EMAIL.claim", "notification-2:8093")
                .set("deliveries.EMAIL.claimedUntil", lapses).set("deliveries.EMAIL.nextAttemptAt", Instant.now()), Alert.class);
        TestChannels.restore();

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> emailsAbout(delegation).isEmpty());
        // It died without a word: once its claim lapses, this instance takes the email over and sends it once.
        await().atMost(PATIENCE).until(() -> stored(eventId).delivery(Channel.EMAIL).delivered());
        assertThat(emailsAbout(delegation)).hasSize(1);
        assertThat(stored(eventId).delivery(Channel.EMAIL).claim()).isEqualTo(Delivery.UNCLAIMED);
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

        // The ride to the airport for a departure says so, beside the ride from it.
        String leaving = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", leaving, "TransferReassigned", EventContract.example("TransferReassigned")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", leaving).replace("\"ARRIVAL\"", "\"DEPARTURE\""));
        JsonNode departure = await().atMost(PATIENCE).until(() -> inbox("coord-demo", leaving), a -> a.size() == 1).get(0);
        assertThat(departure.get("message").asString()).contains("Test Delegate, departure: CKG-CAR-01 at 20 May 10:40 → CKG-CAR-02");
    }

    @Test
    void aHotpotTeamsCoordinatorIsToldItsRankAndScoresAtOnceWhenItReachesTheFinal() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "HeatClosed",
                EventContract.example("HeatClosed").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));

        JsonNode alert = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> a.size() == 1).get(0);
        assertThat(alert.get("title").asString()).startsWith("Luang Prabang Province: hotpot team Mekong Spice placed 2 of 3 in ");
        assertThat(alert.get("urgent").asBoolean()).as("the final follows within the hour").isTrue();
        assertThat(alert.get("message").asString()).contains("Total score 71 from 3 judges:", "- taste: 25", "- presentation: 23",
                "The team goes on to the final, which starts at 21 May 11:30", "1. Danube Broth (Pest County): 75",
                "What to do: tell the team");

        // The final's result, in the coordinator's language (coord-li reads Chinese); not urgent.
        String finalist = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", finalist, "ContestResult", EventContract.example("ContestResult")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", finalist).replace("\"coord-demo\"", "\"coord-li\""));
        JsonNode result = await().atMost(PATIENCE).until(() -> inbox("coord-li", finalist), a -> a.size() == 1).get(0);
        assertThat(result.get("title").asString()).contains("火锅队伍 Mekong Spice", "第 1 名（共 4 队）");
        assertThat(result.get("message").asString()).contains("口味：27");
    }

    @Test
    void aCoordinatorIsToldOnceWhenTheirHeadOfDelegationLandsAndReachesTheHotel() {
        String delegation = UUID.randomUUID().toString();
        String landed = EventContract.example("CheckedIn").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation);
        String eventId = topics.publish("accreditation.checkins", delegation, "CheckedIn", landed);
        topics.publish("accreditation.checkins", delegation, "CheckedIn", landed, eventId); // delivered again
        topics.publish("accreditation.checkins", delegation, "CheckedIn", landed.replace("\"firstAtPlace\": true", "\"firstAtPlace\": false"));
        topics.publish("accreditation.checkins", delegation, "CheckedIn", landed.replace("\"HEAD\"", "\"MEMBER\""));
        topics.publish("accreditation.checkins", delegation, "CheckedIn", landed.replace("\"ckg-desk\"", "\"hotel-riverside\"")
                .replace("\"PORT\"", "\"HOTEL\"").replace("\"CKG\"", "null"));
        topics.awaitConsumed("notification-service", "accreditation.checkins", PATIENCE);

        List<JsonNode> alerts = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation), a -> !a.isEmpty());
        String told = alerts.stream().map(a -> a.get("title").asString() + "\n" + a.get("message").asString()).reduce("", String::concat);
        assertThat(told).contains("head of delegation Test Delegate has arrived at CKG",
                "Test Delegate of Luang Prabang Province was met at the CKG arrivals desk at 20 May 18:58",
                "Test Delegate of Luang Prabang Province checked in at the hotel desk");
        assertThat(told.split("arrivals desk", -1)).as("told once, whatever was scanned again or delivered twice").hasSize(2);
        assertThat(alerts).allSatisfy(a -> assertThat(a.get("urgent").asBoolean()).isFalse());
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

    @Test
    void aSessionOutsideAMembersStayIsWordedFromTheSideItFallsOff() {
        String before = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", before, "ClashDetected", clash(before, "coord-demo")
                .replace("\"LATE_ARRIVAL\"", "\"OUTSIDE_STAY\"").replace("late-arrival:", "outside-stay:")
                .replace("2026-05-20T10:40:00+08:00", "2026-05-20T11:30:00+08:00").replace("2026-05-20T12:10:00+08:00", "2026-05-20T13:00:00+08:00"));
        String after = UUID.randomUUID().toString();
        String departing = clash(after, "coord-demo").replace("\"LATE_ARRIVAL\"", "\"OUTSIDE_STAY\"").replace("late-arrival:", "outside-stay:")
                .replace("\"earliestAtVenue\": \"2026-05-20T12:10:00+08:00\"", "\"earliestAtVenue\": null, \"departureAt\": \"2026-05-20T09:00:00+08:00\"");
        EventContract.assertConforms("ClashDetected", departing);
        topics.publish("itinerary.itineraries", after, "ClashDetected", departing);

        JsonNode missed = await().atMost(PATIENCE).until(() -> inbox("coord-demo", before), a -> a.size() == 1).get(0);
        assertThat(missed.get("title").asString()).isEqualTo("Clash: Luang Prabang Province, Test Delegate is not in Chongqing for Opening ceremony");
        assertThat(missed.get("urgent").asBoolean()).isTrue();
        assertThat(missed.get("message").asString()).contains("can be at the venue from 20 May 13:00", "is over by then",
                "What to do: ask the delegation whether the member can change their travel");
        JsonNode gone = await().atMost(PATIENCE).until(() -> inbox("coord-demo", after), a -> a.size() == 1).get(0);
        assertThat(gone.get("message").asString()).contains("Test Delegate departs at 20 May 09:00", "after they must leave for their departure");
    }

    static String itineraryChange(String delegationId, String coordinatorId, String reason, String entryId) {
        return """
                {"delegationId":"%s","coordinatorId":"%s","locality":"Luang Prabang Province",
                 "reason":"%s","changedAt":"2026-05-02T08:00:01Z","changes":[
                  {"entryId":"%s","description":"Pickup at CKG (QV617)",
                   "before":{"kind":"PICKUP","startsAt":"2026-05-20T10:40:00+08:00","place":"CKG","members":["Test Delegate"]},
                   "after":{"kind":"PICKUP","startsAt":"2026-05-20T12:40:00+08:00","place":"CKG","members":["Test Delegate"]}}]}
                """.formatted(delegationId, coordinatorId, reason, entryId);
    }

    @Test
    void anUrgentAlertAlsoGoesByTextAndEveryAlertToTheGroupChatSigned() {
        String delegation = UUID.randomUUID().toString();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));

        await().atMost(PATIENCE).until(() -> stored(eventId) != null && stored(eventId).deliveries().values().stream()
                .allMatch(Delivery::delivered) && stored(eventId).deliveries().size() == 3);
        GatewaySimulator.Sms sms = gateway.sms().stream().filter(m -> m.idempotencyKey().equals(eventId + ":SMS")).findFirst().orElseThrow();
        assertThat(sms.to()).isEqualTo("+8613800000001");
        assertThat(sms.text()).startsWith("[CQ Friendship 2026] Clash: Luang Prabang Province, Test Delegate late for Opening ceremony")
                .contains("/acknowledge/" + eventId + ".");
        GatewaySimulator.Webhook post = webhooksAbout(delegation).get(0);
        assertThat(post.bot()).isEqualTo("liaison-group");
        assertThat(post.body().get("urgent").asBoolean()).isTrue();
        assertThat(post.body().get("title").asString()).isEqualTo(sms.text().lines().findFirst().orElseThrow().substring("[CQ Friendship 2026] ".length()));
    }

    @Test
    void speaksEachRecipientsLanguageWithTimesAlsoInTheirOwnZone() throws Exception {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-chen"));
        String other = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", other, "ClashDetected", clash(other, "coord-li"));

        JsonNode russian = await().atMost(PATIENCE).until(() -> inbox("coord-chen", delegation), a -> a.size() == 1).get(0);
        assertThat(russian.get("title").asString()).isEqualTo("Конфликт: Luang Prabang Province, Test Delegate опаздывает на Opening ceremony");
        // Moscow is five hours behind Chongqing.
        assertThat(russian.get("message").asString()).contains("20 мая 12:10 (20 мая 07:10 по вашему времени, Europe/Moscow)",
                "Что сделать");
        MimeMessage email = await().atMost(PATIENCE).until(() -> emailsAbout(delegation), m -> m.size() == 1).get(0);
        assertThat(body(email)).startsWith("Здравствуйте, Chen Jing!").contains("Что сделать");

        JsonNode chinese = await().atMost(PATIENCE).until(() -> inbox("coord-li", other), a -> a.size() == 1).get(0);
        assertThat(chinese.get("title").asString()).isEqualTo("冲突：Luang Prabang Province，Test Delegate 赶不上 Opening ceremony");
        assertThat(chinese.get("message").asString()).contains("5月20日 12:10", "请处理").doesNotContain("your time");
    }

    @Test
    void aBurstOfChangesToOneDelegationBecomesOneAlertButAnUrgentOneIsNeverHeld() {
        String delegation = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                    itineraryChange(delegation, "coord-demo", "TRAVEL_CHANGED", "pickup-" + i));
        }
        String urgent = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));

        List<JsonNode> alerts = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation),
                a -> a.size() == 2 && a.stream().anyMatch(alert -> alert.get("changes").asInt() == 3));
        JsonNode digest = alerts.stream().filter(a -> a.get("kind").asString().equals("DIGEST")).findFirst().orElseThrow();
        assertThat(digest.get("title").asString()).isEqualTo("3 changes: Luang Prabang Province");
        assertThat(digest.get("message").asString().split("■ Itinerary changed: Luang Prabang Province", -1)).hasSize(4);
        // The clash went out while the digest was still held.
        await().atMost(PATIENCE).until(() -> stored(urgent).delivery(Channel.EMAIL).delivered());
        assertThat(digest.get("deliveries").get("EMAIL").get("status").asString()).isEqualTo("PENDING");

        await().atMost(PATIENCE).until(() -> emailsAbout(delegation).size() == 2);
        assertThat(emailsAbout(delegation)).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("[CQ Friendship 2026] 3 changes: Luang Prabang Province",
                        "[CQ Friendship 2026] Clash: Luang Prabang Province, Test Delegate late for Opening ceremony");
    }

    @Test
    void aMoveAndItsUndoInOneDigestCancelOutAndOnlyWhatIsLeftIsTold() {
        String delegation = UUID.randomUUID().toString();
        String moved = itineraryChange(delegation, "coord-demo", "SESSION_RESCHEDULED", "opening");
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", moved);
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", undone(moved));

        JsonNode nothing = await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation),
                a -> a.size() == 1 && a.get(0).get("changes").asInt() == 2).get(0);
        assertThat(nothing.get("title").asString()).isEqualTo("Luang Prabang Province: changes undone");
        assertThat(nothing.get("message").asString()).contains("2 changes were made and then undone").doesNotContain("12:40");
        await().atMost(PATIENCE).until(() -> emailsAbout(delegation).size() == 1);
        assertThat(emailsAbout(delegation)).extracting(MimeMessage::getSubject)
                .containsExactly("[CQ Friendship 2026] Luang Prabang Province: changes undone");

        String other = UUID.randomUUID().toString();
        String back = itineraryChange(other, "coord-demo", "SESSION_RESCHEDULED", "opening");
        topics.publish("itinerary.itineraries", other, "ItineraryChanged", back);
        topics.publish("itinerary.itineraries", other, "ItineraryChanged", itineraryChange(other, "coord-demo", "TRAVEL_CHANGED", "pickup"));
        topics.publish("itinerary.itineraries", other, "ItineraryChanged", undone(back));
        JsonNode left = await().atMost(PATIENCE).until(() -> inbox("coord-demo", other),
                a -> a.size() == 1 && a.get(0).get("changes").asInt() == 3).get(0);
        assertThat(left.get("title").asString()).as("the one change left, on its own").isEqualTo("Itinerary changed: Luang Prabang Province");
        assertThat(left.get("message").asString()).contains("travel plans changed").doesNotContain("■");
    }

    /** The same change made back: before and after swapped. */
    static String undone(String change) {
        return change.replace("10:40:00", "SWAP").replace("12:40:00", "10:40:00").replace("SWAP", "12:40:00");
    }

    @Test
    void aRedeliveredChangeJoinsTheHeldDigestOnceAndAChangeAfterItWasSentOpensANewOne() {
        String delegation = UUID.randomUUID().toString();
        String first = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-demo", "TRAVEL_CHANGED", "pickup-0"));
        String second = UUID.randomUUID().toString();
        String change = itineraryChange(delegation, "coord-demo", "TRAVEL_CHANGED", "pickup-1");
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", change, second);
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", change, second);
        topics.awaitConsumed("notification-service", "itinerary.itineraries", PATIENCE);
        // As if the service had crashed after the second change joined but before it noted so.
        mongo.remove(Query.query(
                Criteria.where("_id").is(second)), "alert_joined_parts");
        topics.publish("itinerary.itineraries", delegation, "ItineraryChanged", change, second);
        topics.awaitConsumed("notification-service", "itinerary.itineraries", PATIENCE);

        await().atMost(PATIENCE).until(() -> stored(first).delivery(Channel.EMAIL).delivered());
        Alert digest = stored(first);
        assertThat(digest.parts()).extracting(Alert.Part::eventId).containsExactly(first, second);
        assertThat(digest.parts().get(1).at()).isAfterOrEqualTo(digest.createdAt());
        assertThat(emailsAbout(delegation)).extracting(MimeMessage::getSubject)
                .containsExactly("[CQ Friendship 2026] 2 changes: Luang Prabang Province");

        String third = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-demo", "TRAVEL_CHANGED", "pickup-2"));
        await().atMost(PATIENCE).until(() -> inbox("coord-demo", delegation).size() == 2);
        assertThat(stored(third).parts()).extracting(Alert.Part::eventId).containsExactly(third);
        assertThat(stored(first).parts()).hasSize(2);
    }

    @Test
    void theLinkInTheEmailAcknowledgesTheAlertWithoutSigningIn() {
        String delegation = UUID.randomUUID().toString();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));
        String link = linkIn(body(await().atMost(PATIENCE).until(() -> emailsAbout(delegation), m -> m.size() == 1).get(0)));

        var browser = http.browser();
        String page = browser.get(link).body();
        assertThat(page).contains("Clash: Luang Prabang Province, Test Delegate late for Opening ceremony", "I have seen it");
        assertThat(browser.postForm(link, "_csrf", browser.csrfToken(link)).body()).contains("Acknowledged by Demo Liaison Officer (link)");

        JsonNode alert = inbox("coord-demo", delegation).get(0);
        assertThat(alert.get("acknowledgedBy").asString()).isEqualTo("Demo Liaison Officer (link)");
        assertThat(stored(eventId).acknowledged()).isTrue();
    }

    static String linkIn(String text) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/acknowledge/\\S+)").matcher(text);
        assertThat(link.find()).as("an acknowledgement link in " + text).isTrue();
        return link.group(1);
    }

    @Test
    void aFailingChannelFallsBackToTheRecipientsNextOneAndStillDeliversOnceWhenBack() {
        TestChannels.stopMail();
        String delegation = UUID.randomUUID().toString();
        // Not urgent, so it is meant for email only; coord-li also has a phone.
        String eventId = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-li", "TRAVEL_CHANGED", "pickup-x"));

        await().atMost(PATIENCE).until(() -> stored(eventId) != null && stored(eventId).delivery(Channel.SMS) != null
                && stored(eventId).delivery(Channel.SMS).delivered());
        assertThat(stored(eventId).delivery(Channel.SMS).fallbackFor()).isEqualTo("EMAIL");
        assertThat(gateway.sms().stream().filter(m -> m.idempotencyKey().equals(eventId + ":SMS")).toList()).singleElement()
                .satisfies(sms -> assertThat(sms.to()).isEqualTo("+8613800000002"));
        assertThat(stored(eventId).delivery(Channel.EMAIL).delivered()).isFalse();

        TestChannels.restore();
        await().atMost(PATIENCE).until(() -> stored(eventId).delivery(Channel.EMAIL).delivered());
        assertThat(emailsAbout(delegation)).hasSize(1);
        assertThat(stored(eventId).delivery(Channel.EMAIL).attemptLog()).anyMatch(attempt -> !attempt.delivered())
                .last().satisfies(attempt -> assertThat(attempt.delivered()).isTrue());
    }

    @Test
    void anOutageOfMailAndSmsParksEveryAlertAndDeliversEachExactlyOncePerChannelAfterwards() {
        TestChannels.stopMail();
        gateway.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.FAIL, null);
        int repeatsBefore = gateway.repeats();
        List<String> delegations = new ArrayList<>();
        List<String> alertIds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String delegation = UUID.randomUUID().toString();
            delegations.add(delegation);
            alertIds.add(topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")));
        }

        await().atMost(PATIENCE).until(() -> breakerState("email").equals("OPEN") && breakerState("sms").equals("OPEN"));
        await().atMost(PATIENCE).until(() -> alertIds.stream().map(this::stored).allMatch(a -> a != null
                && a.delivery(Channel.WEBHOOK).delivered() && !a.delivery(Channel.EMAIL).delivered() && !a.delivery(Channel.SMS).delivered()));
        assertThat(http.as(DemoStaff.OPERATIONS).get("/actuator/health").json().get("components").get("circuitBreakers").get("details").get("email")
                .get("details").get("state").asString()).isEqualTo("OPEN");

        TestChannels.restore();
        gateway.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.NORMAL, null);
        await().atMost(PATIENCE).until(() -> alertIds.stream().map(this::stored)
                .allMatch(a -> a.deliveries().values().stream().allMatch(Delivery::delivered)));
        await().atMost(PATIENCE).until(() -> breakerState("email").equals("CLOSED") && breakerState("sms").equals("CLOSED"));

        for (int i = 0; i < alertIds.size(); i++) {
            String alertId = alertIds.get(i);
            assertThat(emailsAbout(delegations.get(i))).as("emails of " + alertId).hasSize(1);
            assertThat(gateway.sms().stream().filter(m -> m.idempotencyKey().equals(alertId + ":SMS"))).as("texts of " + alertId).hasSize(1);
            assertThat(webhooksAbout(delegations.get(i))).as("webhook posts of " + alertId).hasSize(1);
        }
        assertThat(gateway.repeats()).as("nothing sent twice").isEqualTo(repeatsBefore);
    }

    String breakerState(String name) {
        return http.as("operations").get("/actuator/circuitbreakers").json().get("circuitBreakers").get(name).get("state").asString();
    }

    @Test
    void aDelegateWhoAskedIsToldOfTheirOwnChangesInTheirLanguageUntilTheyStopAsking() {
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String registered = EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation)
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": " + sealedAlerts(member, "delegate@luang-prabang.example.org", "+85620000001", "fr")
                        + ", \"attends\"");
        EventContract.assertConforms("DelegationRegistered", registered);
        topics.publish("registration.delegations", delegation, "DelegationRegistered", registered);
        await().atMost(PATIENCE).until(() -> mongo.findById(member, Delegate.class) != null);
        confirm(emailTo("delegate@luang-prabang.example.org", "Confirmez"), "Oui, envoyer mes alertes ici", "Confirmé");
        confirm(requestTextedTo("+85620000001").text(), "Oui, envoyer mes alertes ici", "Confirmé");
        await().atMost(PATIENCE).until(() -> mongo.findById(member, Delegate.class).reachable()
                && mongo.findById(member, Delegate.class).confirmedPhone() != null);

        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));

        await().atMost(PATIENCE).until(() -> stored(eventId + ":" + member) != null
                && stored(eventId + ":" + member).deliveries().values().stream().allMatch(Delivery::delivered));
        Alert theirs = stored(eventId + ":" + member);
        assertThat(theirs.coordinatorId()).isEqualTo("delegate:" + member);
        assertThat(theirs.deliveries()).containsOnlyKeys("EMAIL", "SMS");
        MimeMessage email = emailsAbout(delegation).stream()
                .filter(m -> TestChannels.addressOf(m).equals("delegate@luang-prabang.example.org")).findFirst().orElseThrow();
        assertThat(body(email)).startsWith("Bonjour Test Delegate,").contains("Votre coordinateur a aussi été prévenu")
                .doesNotContain("À faire");
        // The delegate acknowledges through their own link: the page names them, not "delegate:<id>".
        String theirLink = linkIn(body(email));
        var browser = http.browser();
        assertThat(browser.postForm(theirLink, "_csrf", browser.csrfToken(theirLink)).body()).contains("Test Delegate (link)")
                .doesNotContain("delegate:");
        assertThat(gateway.sms().stream().filter(sms -> sms.idempotencyKey().equals(theirs.id() + ":SMS"))).singleElement()
                .satisfies(sms -> assertThat(sms.to()).isEqualTo("+85620000001"));
        assertThat(inbox("coord-demo", delegation)).singleElement()
                .satisfies(alert -> assertThat(alert.get("message").asString()).contains("What to do"));
        // An itinerary change names its members by name only: found through the delegation's roster.
        String moved = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-demo", "FLIGHT_STATUS_CHANGED", "pickup-" + member));
        await().atMost(PATIENCE).until(() -> stored(moved + ":" + member) != null);
        // No coordinator assigned: the delegate is told the programme desk knows, and promised no coordinator.
        String unassigned = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, null)
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));
        await().atMost(PATIENCE).until(() -> stored(unassigned + ":" + member) != null
                && stored(unassigned + ":" + member).deliveries().get("EMAIL").delivered());
        String deskEmail = emailsAbout(delegation).stream().filter(m -> TestChannels.addressOf(m).equals("delegate@luang-prabang.example.org"))
                .map(NotificationScenarios::body).filter(text -> text.contains("secrétariat")).findFirst().orElseThrow();
        assertThat(deskEmail).contains("Le secrétariat du programme a aussi été prévenu").doesNotContain("Votre coordinateur");
        // Once a coordinator is assigned, the delegate learns who it is and how to reach them.
        String assigned = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-li", "COORDINATOR_ASSIGNED", "pickup-assigned-" + member));
        await().atMost(PATIENCE).until(() -> stored(assigned + ":" + member) != null
                && stored(assigned + ":" + member).deliveries().get("EMAIL").delivered());
        assertThat(stored(assigned).coordinatorId()).isEqualTo("coord-li");
        assertThat(stored(assigned).kind()).isEqualTo(AlertKind.COORDINATOR_ASSIGNED);
        assertThat(emailsAbout(delegation).stream().filter(m -> TestChannels.addressOf(m).equals("delegate@luang-prabang.example.org"))
                .map(NotificationScenarios::body).filter(text -> text.contains("désormais")).findFirst().orElseThrow())
                .contains("Votre coordinateur est désormais Li Na (li.na@liaison.cq-friendship.example.org, +8613800000002)");

        String stopped = EventContract.example("DelegateDetailsChanged").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation)
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member);
        topics.publish("registration.delegations", delegation, "DelegateDetailsChanged", stopped);
        await().atMost(PATIENCE).until(() -> mongo.findById(member, Delegate.class) == null);
        String later = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));
        await().atMost(PATIENCE).until(() -> stored(later) != null);
        assertThat(stored(later + ":" + member)).isNull();
        String movedAgain = topics.publish("itinerary.itineraries", delegation, "ItineraryChanged",
                itineraryChange(delegation, "coord-demo", "FLIGHT_STATUS_CHANGED", "pickup-again-" + member));
        await().atMost(PATIENCE).until(() -> stored(movedAgain) != null);
        assertThat(stored(movedAgain + ":" + member)).as("no longer on the roster").isNull();
    }

    @Test
    void aStrangersNumberGetsOnePlainRequestToConfirmAndNoAlertUntilItsOwnerConfirms() {
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String phone = "+8562055" + (100000 + new Random().nextInt(800000));
        String registered = EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation)
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": " + sealedAlerts(member, null, phone, "ru") + ", \"attends\"");
        topics.publish("registration.delegations", delegation, "DelegationRegistered", registered);

        GatewaySimulator.Sms request = requestTextedTo(phone);
        assertThat(request.text()).contains("Подтвердите").doesNotContain("Test Delegate", "Luang Prabang", delegation);
        String before = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));
        await().atMost(PATIENCE).until(() -> stored(before) != null && stored(before).delivery(Channel.EMAIL).delivered());
        assertThat(stored(before + ":" + member)).as("no alert for an address nobody confirmed").isNull();
        // The registration read again (a replay, or a change elsewhere in it) asks nothing more of the number.
        topics.publish("registration.delegations", delegation, "DelegationRegistered", registered);
        String marker = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));
        await().atMost(PATIENCE).until(() -> stored(marker) != null);
        assertThat(textsTo(phone)).as("nothing but the one request").containsExactly(request);

        confirm(request.text(), "Да, присылайте уведомления сюда", "Подтверждено");
        String after = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));
        await().atMost(PATIENCE).until(() -> stored(after + ":" + member) != null
                && stored(after + ":" + member).delivery(Channel.SMS).delivered());
        assertThat(textsTo(phone)).hasSize(2).last().satisfies(alert -> assertThat(alert.idempotencyKey()).isEqualTo(after + ":" + member + ":SMS"));

        // A new number must be confirmed again; the old link confirms nothing any more.
        String otherPhone = phone.replace("+8562055", "+8562066");
        topics.publish("registration.delegations", delegation, "DelegateDetailsChanged", EventContract.example("DelegateDetailsChanged")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"nationality\": \"LA\"", "\"nationality\": \"LA\", \"alerts\": {\"phone\": \"" + otherPhone
                        + "\", \"language\": \"ru\"}"));
        requestTextedTo(otherPhone);
        assertThat(mongo.findById(member, Delegate.class).reachable()).isFalse();
        assertThat(http.browser().get(path(request.text())).status()).isEqualTo(404);
    }

    @Test
    void aRussianDelegateIsToldOfASessionByTheProgrammesRussianTitle() {
        String session = "tea-" + UUID.randomUUID().toString().substring(0, 8);
        topics.publish("itinerary.sessions", session, "SessionPublished", "{\"sessionId\":\"" + session + "\",\"title\":\"Tea tasting\","
                + "\"slot\":{\"startsAt\":\"2026-05-21T15:00:00+08:00\",\"endsAt\":\"2026-05-21T16:00:00+08:00\",\"venue\":\"Tea house\"},"
                + "\"publishedAt\":\"2026-05-10T08:00:00Z\",\"translations\":{\"ru\":{\"title\":\"Дегустация чая\"}}}");
        await().atMost(PATIENCE).until(() -> mongo.findById(session, Document.class, "sessions") != null);
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String phone = "+8562077" + (100000 + new Random().nextInt(800000));
        topics.publish("registration.delegations", delegation, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": " + sealedAlerts(member, null, phone, "ru") + ", \"attends\""));
        confirm(requestTextedTo(phone).text(), "Да, присылайте уведомления сюда", "Подтверждено");

        String told = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"opening-ceremony\"", "\"" + session + "\"").replace("\"Opening ceremony\"", "\"Tea tasting\""));
        await().atMost(PATIENCE).until(() -> stored(told + ":" + member) != null
                && stored(told + ":" + member).delivery(Channel.SMS).delivered());
        assertThat(textsTo(phone).get(textsTo(phone).size() - 1).text()).contains("Дегустация чая").doesNotContain("Tea tasting");
        assertThat(inbox("coord-demo", delegation).toString()).as("the English coordinator reads the English").contains("Tea tasting");
    }

    @Test
    void programmeStaffDownloadTheCoordinatorDirectoryWithoutTheWebhookSecrets() {
        String csv = new String(http.signedIn(DemoStaff.PROGRAMME).getBytes("/coordinator-directory.csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFId,Name,Email,Mobile,Language,Time zone,Group chat")
                // A number starting with + is kept as text with a leading apostrophe, as a spreadsheet would otherwise compute it.
                .contains("coord-demo,Demo Liaison Officer,coord-demo@liaison.cq-friendship.example.org,'+8613800000001,en,,set")
                .contains("coord-chen,Chen Jing,chen.jing@liaison.cq-friendship.example.org,'+79160000003,ru,Europe/Moscow,")
                .contains("programme-desk").doesNotContain("webhooks/liaison-group");
        assertThat(http.signedIn(DemoStaff.COORDINATOR).getBytes("/coordinator-directory.csv").statusCode()).isEqualTo(403);
    }

    /** A delegate's alert addresses as the registration-service puts them on an event: sealed for this service. */
    String sealedAlerts(String memberId, String email, String phone, String language) {
        KeyRing.Sealed sealed = contactKeys.sealing().seal(new SealedContacts.Contacts(email, phone), memberId);
        return "{\"language\": \"" + language + "\", \"sealed\": {\"keyId\": \"" + sealed.keyId() + "\", \"cipherText\": \""
                + sealed.cipherText() + "\"}}";
    }

    @Test
    void aDelegateExportsWhatIsHeldAboutThemAndNothingStaysOnceErased() {
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        topics.publish("registration.delegations", delegation, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": " + sealedAlerts(member, "erase-me@example.org", "+85620999001", "en") + ", \"attends\""));
        confirm(emailTo("erase-me@example.org", "confirm"), "Yes, send my alerts here", "Confirmed.");
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo")
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));
        await().atMost(PATIENCE).until(() -> stored(eventId + ":" + member) != null);

        JsonNode exported = http.withLink(links.tokenFor(delegation)).get("/api/delegates/" + member + "/export").json();
        assertThat(exported.at("/delegate/email").asString()).isEqualTo("erase-me@example.org");
        assertThat(exported.at("/delegate/emailConfirmed").asBoolean()).isTrue();
        assertThat(exported.at("/confirmationRequestsToSend")).isEmpty();
        assertThat(exported.get("alertsSent").valueStream().map(alert -> alert.get("id").asString())).contains(eventId + ":" + member);
        assertThat(http.withLink(links.tokenFor(UUID.randomUUID().toString())).get("/api/delegates/" + member + "/export").status())
                .as("another delegation's link").isEqualTo(404);
        topics.publish("registration.delegations", delegation, "DelegationLinksRevoked", EventContract.example("DelegationLinksRevoked")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));
        await().atMost(PATIENCE).until(() -> http.withLink(links.tokenFor(delegation)).get("/api/delegates/" + member + "/export")
                .status() == 401);
        assertThat(http.withLink(links.tokenFor(delegation, 1)).get("/api/delegates/" + member + "/export").status()).isEqualTo(200);

        topics.publish("registration.delegations", delegation, "PersonErased", EventContract.example("PersonErased")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member));

        await().atMost(PATIENCE).until(() -> mongo.findById(member, Delegate.class) == null && stored(eventId + ":" + member) == null);
        assertThat(mongo.getCollectionNames()).allSatisfy(collection -> assertThat(mongo.getCollection(collection)
                .find(new Document()).map(Document::toJson).into(new ArrayList<>()))
                .as(collection).noneMatch(document -> document.contains("erase-me@example.org") || document.contains("+85620999001")));
        assertThat(stored(eventId)).as("the coordinator's alert stays: what staff were told").isNotNull();
    }

    @Test
    void addressesSealedForAnotherMemberAreDeadLetteredNotUsed() {
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        String registered = EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation)
                .replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": " + sealedAlerts("someone-else", "moved@example.org", null, "en") + ", \"attends\"");
        EventContract.assertConforms("DelegationRegistered", registered);
        topics.publish("registration.delegations", delegation, "DelegationRegistered", registered);

        await().atMost(PATIENCE).until(() -> topics.records(r -> r.topic().equals("registration.delegations.DLT") && r.key().equals(delegation))
                .size() == 1);
        assertThat(mongo.findById(member, Delegate.class)).isNull();
    }

    /** The text message that asks {@code phone} to confirm it, once it has come. */
    static GatewaySimulator.Sms requestTextedTo(String phone) {
        return await().atMost(PATIENCE).until(() -> textsTo(phone).stream().filter(sms -> sms.text().contains("/contacts/confirm/")).toList(),
                texts -> texts.size() == 1).get(0);
    }

    static List<GatewaySimulator.Sms> textsTo(String phone) {
        return gateway.sms().stream().filter(sms -> sms.to().equals(phone)).toList();
    }

    /** The body of the email to {@code address} whose subject has {@code subjectPart}, once it has come. */
    static String emailTo(String address, String subjectPart) {
        return body(await().atMost(PATIENCE).until(() -> Arrays.stream(TestChannels.mail().getReceivedMessages())
                .filter(m -> TestChannels.addressOf(m).equals(address) && subject(m).contains(subjectPart)).toList(), m -> m.size() == 1).get(0));
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the confirmation link in {@code text} and presses its button, as the address's owner would. */
    void confirm(String text, String button, String done) {
        String link = path(text);
        var browser = http.browser();
        assertThat(browser.get(link).body()).contains(button);
        assertThat(browser.postForm(link, "_csrf", browser.csrfToken(link)).body()).contains(done);
    }

    static String path(String text) {
        Matcher link = Pattern.compile("https?://[^/\\s]+(/contacts/confirm/\\S+)").matcher(text);
        assertThat(link.find()).as("a confirmation link in " + text).isTrue();
        return link.group(1);
    }

    @Test
    void aGatewaySlowerThanTheTimeLimitIsRetriedAndItsIdempotencyKeyKeepsItToOneText() {
        gateway.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.SLOW, Duration.ofSeconds(3));
        int repeatsBefore = gateway.repeats();
        String delegation = UUID.randomUUID().toString();
        String eventId = topics.publish("itinerary.itineraries", delegation, "ClashDetected", clash(delegation, "coord-demo"));

        await().atMost(PATIENCE).until(() -> stored(eventId) != null && stored(eventId).delivery(Channel.SMS).lastError() != null);
        assertThat(stored(eventId).delivery(Channel.SMS).lastError()).contains("Timeout");
        gateway.behave(GatewaySimulator.Channel.SMS, GatewaySimulator.Mode.NORMAL, null);

        await().atMost(PATIENCE).until(() -> stored(eventId).delivery(Channel.SMS).delivered());
        // The slow gateway did take the timed-out sends; the resends carried the same key, so one text.
        assertThat(gateway.sms().stream().filter(m -> m.idempotencyKey().equals(eventId + ":SMS"))).hasSize(1);
        assertThat(gateway.repeats()).isGreaterThan(repeatsBefore);
    }

    static String roomsAllocated(String hotelId, String email, long version, String... guests) {
        List<String> rooms = new ArrayList<>();
        for (int i = 0; i < guests.length; i++) {
            rooms.add("""
                    {"night": "2026-05-20", "roomType": "SINGLE", "roomNumber": %d, "guest": "%s", "role": "MEMBER", "locality": "Vientiane"}"""
                    .formatted(i + 1, guests[i]));
        }
        String json = """
                {"hotelId": "%s", "hotelName": "Hotel %s", "reservationsEmail": "%s", "language": "en", "listVersion": %d,
                 "rooms": [%s], "allocatedAt": "2026-05-02T08:00:00Z"}""".formatted(hotelId, hotelId, email, version, String.join(", ", rooms));
        EventContract.assertConforms("RoomsAllocated", json);
        return json;
    }

    static List<MimeMessage> emailsTo(String address) {
        return Arrays.stream(TestChannels.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The email's text and its attachment, read as the hotel's mail client would. */
    static List<String> textAndAttachment(MimeMessage message) throws Exception {
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        String text = null;
        String attachment = null;
        for (int i = 0; i < mixed.getCount(); i++) {
            var part = mixed.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                attachment = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = textOf(part);
            }
        }
        return List.of(text, attachment);
    }

    private static String textOf(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            return textOf(multipart.getBodyPart(0));
        }
        return content.toString();
    }

    @Test
    void emailsEachHotelItsRoomingListWithOnlyWhatChangedSinceTheLastOneSent() throws Exception {
        String hotel = "h-" + UUID.randomUUID();
        String address = "reservations@" + hotel + ".example";
        topics.publish("itinerary.rooms", hotel, "RoomsAllocated", roomsAllocated(hotel, address, 0, "Anna Alpha", "Boris Beta"));

        MimeMessage first = await().atMost(PATIENCE).until(() -> emailsTo(address), m -> m.size() == 1).get(0);
        assertThat(first.getSubject()).contains("Rooming list: Hotel " + hotel);
        List<String> firstParts = textAndAttachment(first);
        assertThat(firstParts.get(0)).contains("first rooming list", "+ 20 May, single room 1: Anna Alpha (Vientiane)",
                "+ 20 May, single room 2: Boris Beta (Vientiane)");
        assertThat(firstParts.get(1)).contains("Night,Room type,Room,Guest,Role,Delegation", "Anna Alpha", "Boris Beta");

        // Boris leaves and Chen takes his room; then the first list comes again (a redelivery): it changes nothing.
        topics.publish("itinerary.rooms", hotel, "RoomsAllocated", roomsAllocated(hotel, address, 1, "Anna Alpha", "Chen Cheng"));
        topics.publish("itinerary.rooms", hotel, "RoomsAllocated", roomsAllocated(hotel, address, 0, "Anna Alpha", "Boris Beta"));

        MimeMessage second = await().atMost(PATIENCE).until(() -> emailsTo(address), m -> m.size() == 2).get(1);
        List<String> secondParts = textAndAttachment(second);
        assertThat(secondParts.get(0)).contains("has changed since the list we last sent",
                        "− 20 May, single room 2: Boris Beta (Vientiane), cancelled", "+ 20 May, single room 2: Chen Cheng (Vientiane)")
                .doesNotContain("Anna Alpha");
        assertThat(secondParts.get(1)).contains("Anna Alpha", "Chen Cheng").doesNotContain("Boris Beta");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> emailsTo(address).size() == 2);
    }
}
