package org.cqfriendship.logistics.registration.delegation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.outbox.OutboxRelay;
import org.cqfriendship.logistics.support.privacy.ContactKeys;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.privacy.SealedContacts;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the registration-service promises, run against whichever broker and store the subclass
 * starts (embedded here, containers where Docker exists).
 */
abstract class RegistrationScenarios extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    /** The foundation request, exactly as outside checks send it. */
    static final String FOUNDATION_REQUEST = EventContract.foundationRequest();

    @Autowired
    DelegationRepository repository;

    @Autowired
    ContactKeys contactKeys;




    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;

    /** As if the service died between writing a change and naming its document to the relay. */
    @Test
    void anEventWrittenWithoutTellingTheRelayIsPublishedByItsSweep() {
        String id = "unnamed-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Document event = new Document("eventId", eventId).append("type", "CoordinatorAssigned")
                .append("topic", "registration.delegations").append("key", id).append("source", "/registration-service")
                .append("occurredAt", new Date()).append("payload", "{\"delegationId\":\"" + id + "\"}");
        // Its writer marked it, wrote it, and died before it could name it.
        relay.expect("delegations", List.of(id));
        mongo.insert(new Document("_id", id).append("version", 0L).append("outbox", List.of(event)), "delegations");
        try {
            ConsumerRecord<String, String> published = await().atMost(Duration.ofSeconds(30))
                    .until(() -> topics.records(r -> id.equals(r.key())), r -> !r.isEmpty()).get(0);
            assertThat(CloudEvents.header(published.headers(), CloudEvents.ID)).isEqualTo(eventId);
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(id, Document.class, "delegations")
                    .getList("outbox", Document.class).isEmpty());
        } finally {
            mongo.remove(Query.query(
                    Criteria.where("_id").is(id)), "delegations");
        }
    }

    @Test
    void offersASessionOnceTheItineraryServicePublishesItAndAcceptsSignUpsForIt() {
        String code = "tea-tasting-" + UUID.randomUUID().toString().substring(0, 8);
        String attendsIt = FOUNDATION_REQUEST.replace("[ \"opening-ceremony\" ]", "[ \"opening-ceremony\", \"" + code + "\" ]");
        assertThat(attendsIt).contains(code);
        assertThat(http.postJson("/api/delegations", attendsIt).json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .as("not on the programme yet").contains("members[0].attends[1]");

        String slot = "{\"startsAt\":\"2026-05-21T15:00:00+08:00\",\"endsAt\":\"2026-05-21T16:00:00+08:00\",\"venue\":\"Tea house\"}";
        topics.publish("itinerary.sessions", code, "SessionPublished", "{\"sessionId\":\"" + code
                + "\",\"title\":\"Chongqing tea tasting\",\"slot\":" + slot + ",\"capacity\":40,\"illustrative\":true,"
                + "\"publishedAt\":\"2026-05-10T08:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/programme").body().contains(code));
        assertThat(http.get("/api/programme").json().valueStream().map(o -> o.get("code").asString()).toList())
                .startsWith("opening-ceremony").contains(code);
        String heat = code + "-heat";
        topics.publish("itinerary.sessions", heat, "SessionPublished", "{\"sessionId\":\"" + heat
                + "\",\"title\":\"Heat 1\",\"slot\":" + slot + ",\"partOf\":\"" + code + "\",\"publishedAt\":\"2026-05-10T08:00:00Z\"}");
        JsonNode part = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/programme").json().valueStream()
                .filter(o -> o.get("code").asString().equals(heat)).findFirst().orElse(null), o -> o != null);
        assertThat(part.get("partOf").asString()).isEqualTo(code);
        assertThat(http.get("/register/4?lang=en").body()).as("the form names a part under its event")
                .contains("Chongqing tea tasting › Heat 1");
        assertThat(http.postJson("/api/delegations", attendsIt).status()).isEqualTo(201);

        topics.publish("itinerary.sessions", code, "SessionCancelled", "{\"sessionId\":\"" + code
                + "\",\"title\":\"Chongqing tea tasting\",\"slot\":" + slot + ",\"cancelledAt\":\"2026-05-12T08:00:00Z\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/programme").json().valueStream()
                .noneMatch(o -> o.get("code").asString().equals(code)));
        assertThat(http.postJson("/api/delegations", attendsIt).status()).as("an existing sign-up still saves").isEqualTo(201);
    }

    @Test
    void offersAPublishedSessionInTheReadersLanguageAndInEnglishWhereItHasNoTranslation() {
        String code = "tea-tasting-" + UUID.randomUUID().toString().substring(0, 8);
        String heat = code + "-heat";
        String slot = "{\"startsAt\":\"2026-05-21T15:00:00+08:00\",\"endsAt\":\"2026-05-21T16:00:00+08:00\",\"venue\":\"Tea house\"}";
        topics.publish("itinerary.sessions", code, "SessionPublished", "{\"sessionId\":\"" + code
                + "\",\"title\":\"Chongqing tea tasting\",\"slot\":" + slot + ",\"publishedAt\":\"2026-05-10T08:00:00Z\","
                + "\"translations\":{\"zh\":{\"title\":\"重庆品茶\",\"venue\":\"茶馆\"},\"ru\":{\"title\":\"Дегустация чая\"}}}");
        topics.publish("itinerary.sessions", heat, "SessionPublished", "{\"sessionId\":\"" + heat
                + "\",\"title\":\"Heat 1\",\"slot\":" + slot + ",\"partOf\":\"" + code + "\",\"publishedAt\":\"2026-05-10T08:00:00Z\","
                + "\"translations\":{\"ru\":{\"title\":\"Заезд 1\"}}}");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/programme").body().contains(heat));

        JsonNode inChinese = http.get("/api/programme?lang=zh-CN").json().valueStream()
                .filter(o -> o.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(inChinese.get("title").asString()).isEqualTo("重庆品茶");
        assertThat(inChinese.get("venue").asString()).isEqualTo("茶馆");
        assertThat(http.get("/register/4?lang=ru").body()).as("a part under its event, both in Russian")
                .contains("Дегустация чая › Заезд 1");
        assertThat(http.get("/register/4?lang=fr").body()).as("no French yet: the English")
                .contains("Chongqing tea tasting › Heat 1");
    }

    @Test
    void registersTheFoundationRequestAndPublishesDelegationRegistered() {
        HttpProbe.Answer created = http.postJson("/api/delegations", FOUNDATION_REQUEST);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/delegations/" + id);

        JsonNode fetched = http.withLink(created.json().get("accessToken").asString()).get("/api/delegations/" + id).json();
        assertThat(fetched.get("locality").asString()).isEqualTo("Luang Prabang Province");
        assertThat(fetched.at("/members/0/arrival/scheduledAt").asString()).isEqualTo("2026-05-20T10:40:00+08:00");

        ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20)).until(
                () -> topics.records(r -> id.equals(r.key())), records -> !records.isEmpty()).get(0);
        assertThat(CloudEvents.header(event.headers(), CloudEvents.TYPE)).isEqualTo("DelegationRegistered");
        assertThat(CloudEvents.header(event.headers(), CloudEvents.SOURCE)).isEqualTo("/registration-service");
        assertThat(CloudEvents.header(event.headers(), CloudEvents.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(CloudEvents.header(event.headers(), CloudEvents.ID)).isNotBlank();
        assertThat(CloudEvents.header(event.headers(), CloudEvents.TIME)).isNotBlank();
        assertThat(CloudEvents.header(event.headers(), "traceparent")).as("the trace of the request that registered it")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        EventContract.assertConforms("DelegationRegistered", event.value());
        assertThat(event.value()).contains("\"displayName\":\"Test Delegate\"", "\"scheduledAt\":\"2026-05-20T10:40:00+08:00\"");

        await().atMost(Duration.ofSeconds(10)).until(() -> repository.findById(id).orElseThrow().outbox().isEmpty());
    }

    @Test
    void givesEachDelegationAShortReferenceThatStaffFindItBy() {
        HttpProbe.Answer created = http.postJson("/api/delegations", FOUNDATION_REQUEST);
        String reference = created.json().get("reference").asString();

        assertThat(reference).matches("CQ26-LA-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(http.postJson("/api/delegations", FOUNDATION_REQUEST).json().get("reference").asString()).isNotEqualTo(reference);
        JsonNode found = http.as(DemoStaff.PROGRAMME).get("/api/delegations?reference=" + reference.toLowerCase()).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(found.get(0).get("reference").asString()).isEqualTo(reference);
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations?reference=CQ26-LA-0000X").json()).isEmpty();
    }

    @Test
    void staffDownloadEveryoneTheyServeAsCsvAndExcelAndACoordinatorOnlyTheirOwn() throws Exception {
        HttpProbe.Answer created = http.postJson("/api/delegations", FOUNDATION_REQUEST);
        String reference = created.json().get("reference").asString();

        HttpResponse<byte[]> csv = http.signedIn(DemoStaff.PROGRAMME).getBytes("/delegations/attendees.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "attendees.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)
                        .substring(1))).getRecords();
        assertThat(rows).filteredOn(row -> row.get("Reference").equals(reference)).singleElement()
                .satisfies(row -> assertThat(row.get("Name") + " | " + row.get("Role") + " | " + row.get("Coordinator"))
                        .isEqualTo("Test Delegate | Head of delegation | coord-demo"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("no passport in an export").doesNotContain("passport");

        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(http.signedIn(DemoStaff.COORDINATOR).getBytes("/delegations/attendees.xlsx?lang=zh-CN").body()))) {
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet.get(0).getCellText(0)).isEqualTo("编号");
            assertThat(sheet.stream().skip(1).map(row -> row.getCellText(15)).distinct()).as("their own delegations only").containsExactly("coord-demo");
            assertThat(sheet.stream().skip(1).map(row -> row.getCellText(4))).contains("团长");
        }
        assertThat(new String(http.signedIn(DemoStaff.OTHER_COORDINATOR).getBytes("/delegations/attendees.csv").body(),
                StandardCharsets.UTF_8)).doesNotContain(reference);
    }

    @Test
    void programmeStaffAssignSeveralDelegationsAtOnceFromABalancedLanguageMatchedSuggestion() {
        String unassigned = FOUNDATION_REQUEST.replace("\"coordinatorId\": \"coord-demo\",", "");
        String minsk = http.postJson("/api/delegations", unassigned.replace("\"Luang Prabang Province\"", "\"Minsk Region\"")
                .replace("\"attends\"", "\"languages\": [\"ru\", \"be\"], \"attends\"")).json().get("id").asString();
        String other = http.postJson("/api/delegations", unassigned).json().get("id").asString();
        HttpProbe desk = http.signedIn(DemoStaff.PROGRAMME);

        String page = desk.get("/delegations/assignment?lang=en").body();
        Matcher row = Pattern.compile("name=\"coordinator-" + minsk + "\"[\\s\\S]*?</select>").matcher(page);
        assertThat(row.find()).as("Minsk Region waits for a coordinator").isTrue();
        assertThat(row.group()).as("the coordinator who speaks Russian is suggested").contains("value=\"coord-chen\" selected");
        assertThat(page).contains("be, ru", "Coordinators’ load");

        HttpProbe.Answer done = desk.postForm("/delegations/assignment", "delegation", minsk, "delegation", other,
                "coordinator-" + minsk, "coord-chen", "coordinator-" + other, "coord-li", "_csrf", desk.csrfToken("/delegations/assignment"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(repository.findById(minsk).orElseThrow().coordinatorId()).isEqualTo("coord-chen");
        assertThat(repository.findById(other).orElseThrow().coordinatorId()).isEqualTo("coord-li");
        assertThat(desk.get("/delegations/assignment").body()).doesNotContain("coordinator-" + minsk, "coordinator-" + other);
    }

    @Autowired
    ReferenceBackfill referenceBackfill;

    @Test
    void aDelegationRegisteredBeforeReferencesGetsOneAtTheNextStartUnderANewVersion() {
        String id = http.postJson("/api/delegations", FOUNDATION_REQUEST).json().get("id").asString();
        mongo.updateFirst(Query.query(
                Criteria.where("_id").is(id)),
                new Update().unset("reference"), Delegation.class);
        Delegation before = repository.findById(id).orElseThrow();
        assertThat(before.reference()).isNull();

        referenceBackfill.run(null);

        Delegation after = repository.findById(id).orElseThrow();
        assertThat(after.reference()).matches("CQ26-LA-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations?reference=" + after.reference()).json()).hasSize(1);
    }

    @Test
    void registersAPassportThatExpiresWithinSixMonthsOfDepartureWithAWarning() {
        HttpProbe.Answer soon = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("\"attends\"",
                "\"passportNumber\": \"PLA123456\", \"passportExpiry\": \"2026-09-30\", \"attends\""));
        HttpProbe.Answer later = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("\"attends\"",
                "\"passportNumber\": \"PLA123456\", \"passportExpiry\": \"2027-06-30\", \"attends\""));

        assertThat(soon.status()).isEqualTo(201);
        assertThat(soon.json().at("/members/0/warnings/0").asString()).isEqualTo("PASSPORT_EXPIRES_WITHIN_SIX_MONTHS");
        assertThat(http.withLink(soon.json().get("accessToken").asString()).get("/api/delegations/" + soon.json().get("id").asString())
                .json().at("/members/0/warnings/0").asString()).as("and when read")
                .isEqualTo("PASSPORT_EXPIRES_WITHIN_SIX_MONTHS");
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().at("/members/0/warnings").isMissingNode()).isTrue();
    }

    @Test
    void aDelegateWhoAsksForAlertsHasTheirContactSealedOnTheEventForTheNotificationServiceAlone() {
        String request = FOUNDATION_REQUEST.replace("\"attends\"",
                "\"alerts\": { \"email\": \"delegate@luang-prabang.example.org\", \"phone\": \"+856 20 000 0001\", \"language\": \"fr\" }, \"attends\"");
        HttpProbe.Answer created = http.postJson("/api/delegations", request);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode fetched = http.withLink(created.json().get("accessToken").asString()).get("/api/delegations/" + id).json();
        assertThat(fetched.at("/members/0/alerts/email").asString()).isEqualTo("delegate@luang-prabang.example.org");
        ConsumerRecord<String, String> event = await().atMost(Duration.ofSeconds(20)).until(
                () -> topics.records(r -> id.equals(r.key())), records -> !records.isEmpty()).get(0);
        EventContract.assertConforms("DelegationRegistered", event.value());
        assertThat(event.value()).contains("\"alerts\":{\"language\":\"fr\",\"sealed\":{\"keyId\":\"dev-2026\"")
                .doesNotContain("delegate@luang-prabang.example.org", "000 0001");
        String memberId = fetched.at("/members/0/memberId").asString();
        JsonNode sealed = JsonMapper.builder().build().readTree(event.value()).at("/members/0/alerts/sealed");
        assertThat(contactKeys.sealing().open(new KeyRing.Sealed(sealed.get("keyId").asString(), sealed.get("cipherText").asString()),
                memberId)).isEqualTo(new SealedContacts.Contacts("delegate@luang-prabang.example.org", "+856 20 000 0001"));

        HttpProbe.Answer badLanguage = http.postJson("/api/delegations", request.replace("\"fr\"", "\"lo\""));
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().get("errors").get(0).get("field").asString()).isEqualTo("members[0].alerts.language");
    }

    @Test
    void rejectsAnInvalidDelegationNamingEachBadFieldAndStoresNothing() {
        long before = repository.count();
        String invalid = FOUNDATION_REQUEST.replace("\"LA\"", "\"Laos\"").replace("\"QV619\"", "\"619\"")
                .replace("\"familyName\": \"Delegate\"", "\"familyName\": \"\"");

        HttpProbe.Answer answer = http.postJson("/api/delegations", invalid);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = answer.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("country", "members[0].arrival.number", "members[0].familyName");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongKind() {
        HttpProbe.Answer answer = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("\"AIR\"", "\"BOAT\""));

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("members[0].arrival.mode");
        assertThat(error.get("message").asString()).contains("AIR, RAIL, ROAD");
    }

    @Test
    void answersValidationErrorsInTheCallersLanguage() {
        HttpProbe.Answer answer = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("\"LA\"", "\"XX\""),
                "Accept-Language", "zh-CN");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("title").asString()).isEqualTo("请求无效");
        assertThat(answer.json().at("/errors/0/message").asString()).contains("国家代码");
    }

    @Test
    void anAnonymousRegistrationCannotNameAnInboxThatIsNoCoordinatorOfTheConference() {
        long before = repository.count();
        HttpProbe.Answer answer = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("\"coord-demo\"", "\"attacker-inbox\""),
                "Accept-Language", "ru");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/field").asString()).isEqualTo("coordinatorId");
        assertThat(answer.json().at("/errors/0/message").asString()).isEqualTo("не является координатором этой конференции");
        assertThat(repository.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstRegistrationAndCreatesNothing() {
        String key = "test-" + UUID.randomUUID();
        HttpProbe.Answer first = http.postJson("/api/delegations", FOUNDATION_REQUEST, "Idempotency-Key", key);
        long after = repository.count();

        HttpProbe.Answer again = http.postJson("/api/delegations", FOUNDATION_REQUEST, "Idempotency-Key", key);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repository.count()).isEqualTo(after);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRequest() {
        String key = "test-" + UUID.randomUUID();
        http.postJson("/api/delegations", FOUNDATION_REQUEST, "Idempotency-Key", key);

        HttpProbe.Answer other = http.postJson("/api/delegations", FOUNDATION_REQUEST.replace("Test", "Other"),
                "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void refusesABodyOverTheSizeLimitAndStoresNothing() {
        long before = repository.count();
        String huge = FOUNDATION_REQUEST.replace("\"coordinatorId\": \"coord-demo\",",
                "\"coordinatorId\": \"coord-demo\", \"notes\": \"" + "x".repeat(300_000) + "\",");

        assertThat(http.postJson("/api/delegations", huge).status()).isEqualTo(413);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void publishesItsApiAsOpenApiWithAPageToTryIt() {
        JsonNode api = http.get("/v3/api-docs").json();
        assertThat(api.at("/paths/~1api~1delegations/post").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1api~1delegations~1{id}/put").isMissingNode()).isFalse();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void servesItsPagesWithSecurityHeadersAndCsrfProtection() {
        HttpProbe.Answer page = http.get("/register/1");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).contains("name=\"_csrf\"");

        assertThat(http.postJson("/register/1", "{}").status()).as("a form post without its CSRF token").isEqualTo(403);
    }

    @Test
    void answers404ForAnUnknownDelegation() {
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void reportsHealthUpWithItsStoreAndBroker() {
        JsonNode anyone = http.get("/actuator/health").json();
        assertThat(anyone.get("status").asString()).isEqualTo("UP");
        assertThat(anyone.has("components")).as("details are for operations only").isFalse();
        JsonNode health = http.as(DemoStaff.OPERATIONS).get("/actuator/health").json();
        assertThat(health.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
    }
}
