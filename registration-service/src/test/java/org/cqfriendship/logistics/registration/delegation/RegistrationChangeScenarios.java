package org.cqfriendship.logistics.registration.delegation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import java.time.Duration;
import java.util.List;

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
}
