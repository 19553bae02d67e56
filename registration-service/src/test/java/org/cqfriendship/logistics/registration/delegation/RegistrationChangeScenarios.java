package org.cqfriendship.logistics.registration.delegation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.ServiceScenarios;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Changing a registration: only what changed is published, stale copies are refused, documents stay private. */
@ExtendWith(OutputCaptureExtension.class)
abstract class RegistrationChangeScenarios extends ServiceScenarios {

    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CANARY = "CANARY4242X";
    static final String DELEGATION = """
            { "locality": "Pest County", "country": "HU", "kind": "LOCAL_GOVERNMENT", "participation": "IN_PERSON",
              "contact": { "name": "Office of the Deputy Governor", "email": "office@pest.example.hu", "phone": "+36 1 234 5678" },
              "members": [ { "role": "HEAD", "givenName": "Ádám", "familyName": "Example", "title": "Deputy Governor",
                             "nationality": "HU", "passportNumber": "%s", "passportExpiry": "2030-01-31",
                             "languages": ["hu", "en"], "diets": ["NO_SPICY_FOOD"], "allergens": ["PEANUTS"],
                             "arrival": { "mode": "AIR", "carrier": "CA", "number": "CA862", "port": "CKG",
                                          "scheduledAt": "2026-05-19T14:10:00+08:00" },
                             "departure": { "mode": "AIR", "carrier": "CA", "number": "CA861", "port": "CKG",
                                            "scheduledAt": "2026-05-22T09:00:00+08:00" },
                             "hotelNights": ["2026-05-19", "2026-05-20", "2026-05-21"],
                             "attends": [ "opening-ceremony", "trade-matchmaking" ], "tradeInterests": ["new-energy vehicles"] } ] }
            """.formatted(CANARY);

    @Autowired
    MongoTemplate mongo;




    HttpProbe.Answer register() {
        HttpProbe.Answer created = http.postJson("/api/delegations", DELEGATION);
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    /** The delegation itself, through the secret link its registration answered. */
    HttpProbe owner(HttpProbe.Answer created) {
        return http.withLink(created.json().get("accessToken").asString());
    }

    List<String> eventTypes(String delegationId) {
        return topics.records(r -> delegationId.equals(r.key())).stream()
                .map(r -> CloudEvents.header(r.headers(), CloudEvents.TYPE)).toList();
    }

    /** One field of a registration changed alone: where it is sent, the value, and the event that must tell it. */
    record FieldChange(String pointer, String json, String shownAt, String eventType) {
    }

    static final List<FieldChange> EVERY_FIELD = List.of(
            new FieldChange("/locality", "\"Budapest\"", "/locality", "DelegationDetailsChanged"),
            new FieldChange("/country", "\"AT\"", "/country", "DelegationDetailsChanged"),
            new FieldChange("/kind", "\"FRIENDSHIP_ORGANISATION\"", "/kind", "DelegationDetailsChanged"),
            new FieldChange("/participation", "\"BOTH\"", "/participation", "DelegationDetailsChanged"),
            new FieldChange("/contact/name", "\"Protocol Office\"", "/contact/name", "PrivateDetailsChanged"),
            new FieldChange("/contact/email", "\"protocol@pest.example.hu\"", "/contact/email", "PrivateDetailsChanged"),
            new FieldChange("/contact/phone", "\"+36 1 999 0000\"", "/contact/phone", "PrivateDetailsChanged"),
            new FieldChange("/notes", "\"Arriving with a wheelchair user\"", "/notes", "PrivateDetailsChanged"),
            new FieldChange("/members/0/givenName", "\"Ádám Péter\"", "/members/0/givenName", "DelegateDetailsChanged"),
            new FieldChange("/members/0/familyName", "\"Sample\"", "/members/0/familyName", "DelegateDetailsChanged"),
            new FieldChange("/members/0/nativeName", "\"Minta Ádám\"", "/members/0/nativeName", "DelegateDetailsChanged"),
            new FieldChange("/members/0/title", "\"Governor\"", "/members/0/title", "DelegateDetailsChanged"),
            new FieldChange("/members/0/nationality", "\"AT\"", "/members/0/nationality", "DelegateDetailsChanged"),
            new FieldChange("/members/0/alerts", "{\"email\": \"adam@pest.example.hu\", \"language\": \"en\"}", "/members/0/alerts/email",
                    "DelegateDetailsChanged"),
            new FieldChange("/members/0/passportNumber", "\"HU9876543\"", "/members/0/passport/number", "PrivateDetailsChanged"),
            new FieldChange("/members/0/passportExpiry", "\"2031-06-30\"", "/members/0/passport/expiry", "PrivateDetailsChanged"),
            new FieldChange("/members/0/languages", "[\"hu\", \"en\", \"de\"]", "/members/0/languages", "NeedsChanged"),
            new FieldChange("/members/0/interpretationNeeded", "[\"zh\"]", "/members/0/interpretationNeeded", "NeedsChanged"),
            new FieldChange("/members/0/diets", "[\"VEGETARIAN\"]", "/members/0/diets", "NeedsChanged"),
            new FieldChange("/members/0/allergens", "[\"SESAME\"]", "/members/0/allergens", "NeedsChanged"),
            new FieldChange("/members/0/accessibility", "\"Step-free access\"", "/members/0/accessibility", "NeedsChanged"),
            new FieldChange("/members/0/arrival/number", "\"CA866\"", "/members/0/arrival/number", "TravelPlanChanged"),
            new FieldChange("/members/0/departure/number", "\"CA865\"", "/members/0/departure/number", "TravelPlanChanged"),
            new FieldChange("/members/0/hotelNights", "[\"2026-05-19\", \"2026-05-20\"]", "/members/0/hotelNights", "TravelPlanChanged"),
            new FieldChange("/members/0/attends", "[\"opening-ceremony\"]", "/members/0/attends", "SignupsChanged"),
            new FieldChange("/members/0/tradeInterests", "[\"tourism\"]", "/members/0/tradeInterests", "SignupsChanged"));

    @Test
    void aChangeToAnyOneFieldAloneIsStoredAndPublished() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        HttpProbe owner = owner(created);
        List<String> lost = new ArrayList<>();
        for (FieldChange change : EVERY_FIELD) {
            JsonNode current = owner.get("/api/delegations/" + id).json();
            long version = current.get("version").asLong();
            ObjectNode body = (ObjectNode) current.deepCopy();
            // The view shows the passport masked; a request names its expiry as passportExpiry (needed with a number).
            ((ObjectNode) body.at("/members/0")).set("passportExpiry", current.at("/members/0/passport/expiry"));
            JsonNode value = JSON.readTree(change.json());
            String parent = change.pointer().substring(0, change.pointer().lastIndexOf('/'));
            ((ObjectNode) body.at(parent)).set(change.pointer().substring(change.pointer().lastIndexOf('/') + 1), value);
            HttpProbe.Answer answer = owner.putJson("/api/delegations/" + id, body.toString(), "If-Match", "\"" + version + "\"");
            JsonNode after = owner.get("/api/delegations/" + id).json();
            JsonNode shown = after.at(change.shownAt());
            boolean stored = change.pointer().endsWith("passportNumber") ? shown.asString().endsWith("543")
                    : shown.equals(value.isObject() ? value.get("email") : value);
            boolean published = eventually(() -> topics.records(r -> id.equals(r.key())).stream()
                    .anyMatch(r -> change.eventType().equals(CloudEvents.header(r.headers(), CloudEvents.TYPE))
                            && r.value().contains("\"delegationVersion\":" + (version + 1))));
            if (answer.status() != 200 || after.get("version").asLong() != version + 1 || !stored || !published) {
                lost.add(change.pointer() + ": answered " + answer.status() + ", version " + version + " → " + after.get("version")
                        + ", shown " + shown + ", " + change.eventType() + (published ? "" : " not") + " published");
            }
        }
        assertThat(lost).as("changes made alone and lost").isEmpty();
    }

    /** Whether the condition holds within a few seconds (false rather than an exception, to report every field at once). */
    static boolean eventually(BooleanSupplier condition) {
        try {
            await().atMost(Duration.ofSeconds(10)).until(condition::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException notInTime) {
            return false;
        }
    }

    @Test
    void publishesOnlyWhatChangedOneEventPerFacet() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        ObjectNode body = (ObjectNode) created.json();
        ObjectNode head = (ObjectNode) body.get("members").get(0);
        ((ObjectNode) head.get("arrival")).put("number", "CA866").put("scheduledAt", "2026-05-20T10:10:00+08:00");
        head.remove("passport");
        body.withArray("members").add(JSON.readTree("""
                { "role": "INTERPRETER", "familyName": "Kovács", "languages": ["hu", "zh"], "attends": ["opening-ceremony"] }"""));

        HttpProbe.Answer changed = owner(created).putJson("/api/delegations/" + id, body.toString(), "If-Match", created.header("ETag"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().at("/members/0/passport/number").asString()).isEqualTo("•••••42X");
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).size() == 3);
        assertThat(eventTypes(id)).containsExactly("DelegationRegistered", "TravelPlanChanged", "DelegateAdded");
        for (ConsumerRecord<String, String> event : topics.records(r -> id.equals(r.key()))) {
            EventContract.assertConforms(CloudEvents.header(event.headers(), CloudEvents.TYPE), event.value());
        }
        String travel = topics.records(TopicProbe.ofType("TravelPlanChanged")).stream().filter(r -> id.equals(r.key()))
                .findFirst().orElseThrow().value();
        assertThat(travel).contains("\"number\":\"CA862\"", "\"number\":\"CA866\"", "\"delegationVersion\":1");
    }

    @Test
    void programmeStaffPutADelegationAtAPartOfAnEventByApiOrPage() {
        String heat1 = "heat-" + UUID.randomUUID().toString().substring(0, 8);
        String heat2 = heat1 + "-2";
        for (String heat : List.of(heat1, heat2)) {
            topics.publish("itinerary.sessions", heat, "SessionPublished", "{\"sessionId\":\"" + heat + "\",\"title\":\"Hotpot heat "
                    + heat + "\",\"slot\":{\"startsAt\":\"2026-05-21T10:00:00+08:00\",\"endsAt\":\"2026-05-21T10:40:00+08:00\","
                    + "\"venue\":\"Kitchen\"},\"partOf\":\"hotpot-contest\",\"publishedAt\":\"2026-05-10T08:00:00Z\"}");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/programme").body().contains(heat2));
        HttpProbe.Answer created = http.postJson("/api/delegations", DELEGATION.replace("\"trade-matchmaking\"", "\"hotpot-contest\""));
        String id = created.json().get("id").asString();
        HttpProbe staff = http.as(DemoStaff.PROGRAMME);

        HttpProbe.Answer assigned = staff.putJson("/api/delegations/" + id + "/parts/hotpot-contest", "{\"partId\":\"" + heat1 + "\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.header("ETag")).isEqualTo("\"1\"");
        assertThat(assigned.json().at("/members/0/attends").valueStream().map(JsonNode::asString).toList())
                .containsExactly("opening-ceremony", "hotpot-contest", heat1);
        assertThat(staff.putJson("/api/delegations/" + id + "/parts/hotpot-contest", "{\"partId\":\"" + heat2 + "\"}")
                .json().at("/members/0/attends").valueStream().map(JsonNode::asString).toList())
                .as("moved from one heat to the other").containsExactly("opening-ceremony", "hotpot-contest", heat2);
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).size() == 3);
        assertThat(eventTypes(id)).containsExactly("DelegationRegistered", "SignupsChanged", "SignupsChanged");
        topics.records(r -> id.equals(r.key())).forEach(e -> EventContract.assertConforms(CloudEvents.header(e.headers(), CloudEvents.TYPE), e.value()));

        HttpProbe.Answer notAPart = staff.putJson("/api/delegations/" + id + "/parts/hotpot-contest", "{\"partId\":\"opening-ceremony\"}",
                "Accept-Language", "zh-CN");
        assertThat(notAPart.status()).isEqualTo(400);
        assertThat(notAPart.json().at("/errors/0/field").asString()).isEqualTo("partId");
        assertThat(notAPart.json().at("/errors/0/message").asString()).isEqualTo("不是议程中该活动的分场");
        assertThat(staff.putJson("/api/delegations/" + id + "/parts/no-such-event", "{\"partId\":null}").status()).isEqualTo(404);
        String elsewhere = http.postJson("/api/delegations", DELEGATION.replace(", \"trade-matchmaking\"", "")).json().get("id").asString();
        assertThat(staff.putJson("/api/delegations/" + elsewhere + "/parts/hotpot-contest", "{\"partId\":\"" + heat1 + "\"}")
                .json().at("/errors/0/field").asString()).as("nobody there signed up for the contest").isEqualTo("eventId");
        assertThat(http.as(DemoStaff.COORDINATOR).putJson("/api/delegations/" + id + "/parts/hotpot-contest", "{\"partId\":null}").status())
                .isEqualTo(403);

        HttpProbe page = http.signedIn(DemoStaff.PROGRAMME);
        assertThat(page.get("/programme/parts?lang=en").body()).contains("Delegations at the parts of events", "Pest County",
                "Hotpot heat " + heat2, "Parts: ");
        HttpProbe.Answer cleared = page.postForm("/programme/parts", "delegationId", id, "eventId", "hotpot-contest", "partId", "",
                "_csrf", page.csrfToken("/programme/parts"));
        assertThat(cleared.status()).isEqualTo(302);
        assertThat(staff.get("/api/delegations/" + id).json().at("/members/0/attends").valueStream().map(JsonNode::asString).toList())
                .containsExactly("opening-ceremony", "hotpot-contest");
        assertThat(http.signedIn(DemoStaff.COORDINATOR).get("/programme/parts").status()).isEqualTo(403);
    }

    @Test
    void refusesAChangeToAStaleCopy() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        String etag = created.header("ETag");
        HttpProbe owner = owner(created);
        assertThat(owner.putJson("/api/delegations/" + id, created.body().replace("Example", "Sample"), "If-Match", etag).status())
                .isEqualTo(200);

        HttpProbe.Answer stale = owner.putJson("/api/delegations/" + id, created.body().replace("Example", "Other"), "If-Match", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(owner.get("/api/delegations/" + id).json().at("/members/0/familyName").asString()).isEqualTo("Sample");
        assertThat(owner.putJson("/api/delegations/" + id, created.body()).status()).isEqualTo(428);
    }

    @Test
    void refusesAMemberIdOfAnotherDelegation() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        HttpProbe.Answer fresh = owner(created).get("/api/delegations/" + id);
        String body = fresh.body().replace(fresh.json().at("/members/0/memberId").asString(), "not-a-member");

        HttpProbe.Answer answer = owner(created).putJson("/api/delegations/" + id, body, "If-Match", fresh.header("ETag"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/errors/0/field").asString()).isEqualTo("members[0].memberId");
    }

    @Test
    void withdrawsADelegateAndAssignsACoordinator() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        String memberId = created.json().at("/members/0/memberId").asString();

        assertThat(http.as(DemoStaff.PROGRAMME).putJson("/api/delegations/" + id + "/coordinator", "{\"coordinatorId\":\"coord-li\"}")
                .json().get("coordinatorId").asString()).isEqualTo("coord-li");
        HttpProbe.Answer withdrawn = owner(created).delete("/api/delegations/" + id + "/members/" + memberId, "If-Match", "\"1\"");

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("members")).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).size() == 3);
        assertThat(eventTypes(id)).containsExactly("DelegationRegistered", "CoordinatorAssigned", "DelegateWithdrawn");
    }

    @Test
    void programmeStaffFindADelegationWithoutCoordinatorOnTheirPageAndAssignOne() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        String reference = created.json().get("reference").asString();
        HttpProbe staff = http.signedIn(DemoStaff.PROGRAMME);
        onTheDesk(staff, reference);
        assertThat(listed(staff, "unassigned=true", reference)).as("among those without a coordinator").isTrue();

        HttpProbe.Answer unknown = staff.postForm("/delegations/" + id + "/coordinator", "coordinatorId", "attacker-inbox",
                "_csrf", staff.csrfToken("/delegations"));
        assertThat(unknown.status()).isEqualTo(302);
        assertThat(staff.get(pathOf(unknown.header("Location"))).body()).contains("not a coordinator of this conference");
        HttpProbe.Answer assigned = staff.postForm("/delegations/" + id + "/coordinator", "coordinatorId", "coord-wang",
                "back", "unassigned=true&page=0", "_csrf", staff.csrfToken("/delegations"));

        assertThat(assigned.header("Location")).endsWith("/delegations?unassigned=true&page=0");
        assertThat(staff.get(pathOf(assigned.header("Location"))).body()).contains("Pest County now has the coordinator coord-wang");
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations/" + id).json().get("coordinatorId").asString())
                .isEqualTo("coord-wang");
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).contains("CoordinatorAssigned"));
        assertThat(eventTypes(id).stream().filter("CoordinatorAssigned"::equals)).as("the unknown one changed nothing").hasSize(1);
        assertThat(listed(staff, "unassigned=true", reference)).isFalse();
        assertThat(http.as(DemoStaff.OPERATIONS).get("/api/audit").body()).contains("coordinator.assigned", id);
    }

    @Test
    void aCoordinatorsPageListsTheirOwnDelegations() {
        String mine = register().json().get("reference").asString();
        String withCoordinator = DELEGATION.replace("\"participation\"", "\"coordinatorId\": \"coord-demo\", \"participation\"");
        String id = http.postJson("/api/delegations", withCoordinator).json().get("id").asString();
        String theirs = http.as(DemoStaff.PROGRAMME).get("/api/delegations/" + id).json().get("reference").asString();

        onTheDesk(http.signedIn(DemoStaff.PROGRAMME), theirs);
        onTheDesk(http.signedIn(DemoStaff.PROGRAMME), mine);
        assertThat(listed(http.signedIn(DemoStaff.COORDINATOR), "", theirs)).isTrue();
        assertThat(listed(http.signedIn(DemoStaff.OTHER_COORDINATOR), "", theirs)).isFalse();
        assertThat(listed(http.signedIn(DemoStaff.COORDINATOR), "", mine)).as("nobody's yet").isFalse();
        assertThat(http.signedIn(DemoStaff.COORDINATOR).get("/account").body()).contains("href=\"/delegations\"");
    }

    private static String pathOf(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Whether the desk finds {@code reference} among the delegations {@code query} asks for (others' tests leave delegations in the store). */
    private static boolean listed(HttpProbe who, String query, String reference) {
        String page = who.get("/delegations?q=" + reference + "&" + query).body();
        // In the list, not in the search box that says what was asked.
        int rows = page.indexOf("<tbody>");
        return rows >= 0 && page.substring(rows, page.indexOf("</tbody>", rows)).contains(reference);
    }

    /** The desk's rows follow the registration's events: wait until programme staff find it before asking who else does. */
    private static void onTheDesk(HttpProbe staff, String reference) {
        await().atMost(Duration.ofSeconds(20)).until(() -> listed(staff, "", reference));
    }

    @Test
    void erasesADelegatesDocuments() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        String memberId = created.json().at("/members/0/memberId").asString();

        JsonNode erased = http.as(DemoStaff.PROGRAMME).postJson("/api/delegations/" + id + "/members/" + memberId + "/document-erasure", "").json();

        assertThat(erased.at("/members/0/passport").isNull()).isTrue();
        assertThat(erased.at("/members/0/documentsErased").asBoolean()).isTrue();
        Document stored = mongo.getCollection("delegations").find(new Document("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain("cipherText");
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).contains("DelegateErased"));
    }

    @Test
    void keepsAPassportNumberOnlyEncryptedEverywhere(CapturedOutput output) {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        http.postJson("/api/delegations", DELEGATION.replace("2030-01-31", "2026-05-01"));
        await().atMost(Duration.ofSeconds(20)).until(() -> eventTypes(id).size() == 1);

        Document stored = mongo.getCollection("delegations").find(new Document("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain(CANARY).contains("cipherText", "\"lastCharacters\": \"42X\"");
        assertThat(topics.records()).allSatisfy(record -> {
            assertThat(record.value()).doesNotContain(CANARY);
            record.headers().forEach(header -> assertThat(new String(header.value())).doesNotContain(CANARY));
        });
        assertThat(owner(created).get("/api/delegations/" + id).body()).doesNotContain(CANARY).contains("•••••42X");
        assertThat(output.getAll()).doesNotContain(CANARY);
    }

    static final String SHARING = """
            { "locality": "Szeged", "country": "HU", "kind": "LOCAL_GOVERNMENT",
              "members": [ { "role": "HEAD", "familyName": "Head", "hotelNights": ["2026-05-19", "2026-05-20"] },
                           { "role": "MEMBER", "familyName": "First", "hotelNights": ["2026-05-19", "2026-05-20"], "shareRoomWith": 3 },
                           { "role": "MEMBER", "familyName": "Second", "hotelNights": ["2026-05-20"] } ] }""";

    @Test
    void twoMembersAskToShareARoomAndAHeadMayNot() {
        HttpProbe.Answer created = http.postJson("/api/delegations", SHARING);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String second = created.json().at("/members/2/memberId").asString();
        assertThat(created.json().at("/members/1/shareRoomWith").asInt()).isEqualTo(3);
        String registered = await().atMost(Duration.ofSeconds(10)).until(() -> topics.records(r -> id.equals(r.key())).stream()
                .filter(r -> "DelegationRegistered".equals(CloudEvents.header(r.headers(), CloudEvents.TYPE))).findFirst()
                .map(r -> r.value()).orElse(null), Objects::nonNull);
        EventContract.assertConforms("DelegationRegistered", registered);
        assertThat(JSON.readTree(registered).at("/members/1/roommateId").asString()).isEqualTo(second);

        ObjectNode body = (ObjectNode) created.json().deepCopy();
        ((ObjectNode) body.at("/members/0")).put("shareRoomWith", 2);
        HttpProbe.Answer refused = owner(created).putJson("/api/delegations/" + id, body.toString(), "If-Match", created.header("ETag"),
                "Accept-Language", "ru");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("members[0].shareRoomWith", "глава делегации живёт в отдельном номере");

        ((ObjectNode) body.at("/members/0")).remove("shareRoomWith");
        ((ObjectNode) body.at("/members/1")).putNull("shareRoomWith");
        HttpProbe.Answer apart = owner(created).putJson("/api/delegations/" + id, body.toString(), "If-Match", created.header("ETag"));
        assertThat(apart.status()).as(apart.body()).isEqualTo(200);
        String travel = await().atMost(Duration.ofSeconds(10)).until(() -> topics.records(r -> id.equals(r.key())).stream()
                .filter(r -> "TravelPlanChanged".equals(CloudEvents.header(r.headers(), CloudEvents.TYPE))).findFirst()
                .map(r -> r.value()).orElse(null), Objects::nonNull);
        EventContract.assertConforms("TravelPlanChanged", travel);
        assertThat(JSON.readTree(travel).at("/before/roommateId").asString()).isEqualTo(second);
        assertThat(JSON.readTree(travel).at("/after/roommateId").isNull()).isTrue();

        // Sharing with any member of one's gender instead of a named one: not for a head, and it travels with the travel plan.
        ObjectNode byGender = (ObjectNode) apart.json().deepCopy();
        ((ObjectNode) byGender.at("/members/0")).put("sharesAs", "MAN");
        ((ObjectNode) byGender.at("/members/1")).put("sharesAs", "WOMAN");
        ((ObjectNode) byGender.at("/members/2")).put("sharesAs", "WOMAN");
        HttpProbe.Answer headRefused = owner(created).putJson("/api/delegations/" + id, byGender.toString(), "If-Match",
                apart.header("ETag"), "Accept-Language", "ru");
        assertThat(headRefused.status()).isEqualTo(400);
        assertThat(headRefused.body()).contains("members[0].sharesAs", "глава делегации живёт в отдельном номере");
        ((ObjectNode) byGender.at("/members/0")).remove("sharesAs");
        HttpProbe.Answer women = owner(created).putJson("/api/delegations/" + id, byGender.toString(), "If-Match", apart.header("ETag"));
        assertThat(women.status()).as(women.body()).isEqualTo(200);
        assertThat(women.json().at("/members/1/sharesAs").asString()).isEqualTo("WOMAN");
        String shared = await().atMost(Duration.ofSeconds(10)).until(() -> topics.records(r -> id.equals(r.key())).stream()
                .filter(r -> "TravelPlanChanged".equals(CloudEvents.header(r.headers(), CloudEvents.TYPE)))
                .map(r -> r.value()).filter(v -> v.contains("WOMAN")).findFirst().orElse(null), Objects::nonNull);
        EventContract.assertConforms("TravelPlanChanged", shared);
        assertThat(JSON.readTree(shared).at("/after/sharesAs").asString()).isEqualTo("WOMAN");
    }

    /**
     * A delegation applies for a carnival stall when it changes its registration: a dish without
     * its Chinese name is refused in the reader's language and changes nothing; then the stall is
     * kept and told (DelegationDetailsChanged with the stall, as the contract says).
     */
    @Test
    void aDelegationAppliesForACarnivalStallWithItsDishesInChineseAndTheirAllergens() {
        HttpProbe.Answer created = register();
        String id = created.json().get("id").asString();
        ObjectNode body = (ObjectNode) created.json().deepCopy();
        ObjectNode stall = body.putObject("stall").put("cuisine", "Hungarian").put("power", true).put("water", false).put("staff", 3);
        ObjectNode dish = stall.putArray("dishes").addObject().put("name", "Gulyásleves");
        dish.putArray("allergens").add("CELERY");

        HttpProbe.Answer refused = owner(created).putJson("/api/delegations/" + id, body.toString(), "If-Match", created.header("ETag"),
                "Accept-Language", "ru");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("stall.dishes[0].nameZh", "китайское название");

        dish.put("nameZh", "匈牙利牛肉汤");
        HttpProbe.Answer applied = owner(created).putJson("/api/delegations/" + id, body.toString(), "If-Match", created.header("ETag"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().at("/stall/dishes/0/nameZh").asString()).isEqualTo("匈牙利牛肉汤");
        String told = await().atMost(Duration.ofSeconds(10)).until(() -> topics.records(r -> id.equals(r.key())).stream()
                .filter(r -> "DelegationDetailsChanged".equals(CloudEvents.header(r.headers(), CloudEvents.TYPE))).findFirst()
                .map(r -> r.value()).orElse(null), Objects::nonNull);
        EventContract.assertConforms("DelegationDetailsChanged", told);
        assertThat(JSON.readTree(told).at("/stall/dishes/0/allergens/0").asString()).isEqualTo("CELERY");
        assertThat(JSON.readTree(told).at("/stall/staff").asInt()).isEqualTo(3);
    }
}
