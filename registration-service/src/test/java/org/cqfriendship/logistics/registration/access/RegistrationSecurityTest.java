package org.cqfriendship.logistics.registration.access;

import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.security.AccessProperties;
import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.cqfriendship.logistics.support.security.LinkGenerations;
import org.cqfriendship.logistics.support.testing.AccessMatrix;
import org.cqfriendship.logistics.support.testing.AccessMatrix.Endpoint;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.SecurityScenarios;
import org.cqfriendship.logistics.support.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.EVERYONE;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.STAFF;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.COORDINATOR;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OPERATIONS;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OTHER_COORDINATOR;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OWN_LINK;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.PROGRAMME;

/**
 * Every endpoint of the registration-service as every kind of caller, bad bodies, and script in
 * every text field (docs/security.md).
 */
@EmbeddedPlatformTest
class RegistrationSecurityTest extends SecurityScenarios {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SCRIPT = "<script>alert(1)</script>";

    @org.springframework.beans.factory.annotation.Autowired
    AccessProperties access;


    @Override
    protected String[] watchedTopics() {
        return new String[] {"registration.delegations"};
    }

    /** The foundation request (its coordinator is coord-demo): the delegation's own answer, with its link. */
    JsonNode register(String request) {
        HttpProbe.Answer created = http.postJson("/api/delegations", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    List<Endpoint> endpoints(JsonNode own, String ownToken) {
        String id = own.get("id").asString();
        String member = own.at("/members/0/memberId").asString();
        String revocable = register(EventContract.foundationRequest()).get("id").asString();
        ObjectNode change = (ObjectNode) own.deepCopy();
        change.remove(List.of("editLink", "accessToken"));
        return List.of(
                Endpoint.api("POST", "/api/delegations", "/api/delegations", EventContract.foundationRequest(), EVERYONE),
                Endpoint.api("GET", "/api/programme", "/api/programme", null, EVERYONE),
                Endpoint.api("GET", "/api/delegations", "/api/delegations", null, Set.of(COORDINATOR, OTHER_COORDINATOR, PROGRAMME)),
                Endpoint.api("GET", "/api/delegations/{id}", "/api/delegations/" + id, null, Set.of(OWN_LINK, COORDINATOR, PROGRAMME)),
                Endpoint.api("GET", "/api/delegations/search", "/api/delegations/search?q=pest", null,
                        Set.of(COORDINATOR, OTHER_COORDINATOR, PROGRAMME)),
                // Before anything below withdraws or erases the member.
                Endpoint.page("GET", "/d/{token}/members/{memberId}/export", "/d/" + ownToken + "/members/" + member + "/export", EVERYONE),
                Endpoint.page("POST", "/d/{token}/members/{memberId}/erasure", "/d/" + ownToken + "/members/" + member + "/erasure",
                        EVERYONE),
                Endpoint.api("GET", "/api/delegations/{id}/members/{memberId}/export", "/api/delegations/" + id + "/members/" + member
                        + "/export", null, Set.of(OWN_LINK, COORDINATOR, PROGRAMME)),
                Endpoint.api("PUT", "/api/delegations/{id}", "/api/delegations/" + id, change.toString(), Set.of(OWN_LINK, PROGRAMME)),
                Endpoint.api("DELETE", "/api/delegations/{id}/members/{memberId}", "/api/delegations/" + id + "/members/" + member,
                        null, Set.of(OWN_LINK, PROGRAMME)),
                Endpoint.api("PUT", "/api/delegations/{id}/coordinator", "/api/delegations/" + id + "/coordinator",
                        "{\"coordinatorId\":\"coord-demo\"}", Set.of(PROGRAMME)),
                Endpoint.api("PUT", "/api/delegations/{id}/parts/{eventId}", "/api/delegations/" + id + "/parts/hotpot-contest",
                        "{\"partId\":null}", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/programme/parts", "/programme/parts", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/programme/parts", "/programme/parts", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/delegations", "/delegations", Set.of(COORDINATOR, OTHER_COORDINATOR, PROGRAMME)),
                Endpoint.page("GET", "/delegations/attendees.{format:csv|xlsx}", "/delegations/attendees.csv",
                        Set.of(COORDINATOR, OTHER_COORDINATOR, PROGRAMME)),
                Endpoint.page("GET", "/delegations/assignment", "/delegations/assignment", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/delegations/assignment", "/delegations/assignment", Set.of(PROGRAMME)),
                // A coordinator opens their own delegations only (another's answers 404, as if it did not exist).
                Endpoint.page("GET", "/delegations/{id}", "/delegations/" + id, Set.of(COORDINATOR, PROGRAMME)),
                Endpoint.page("POST", "/delegations/{id}/members/{memberId}/document-erasure",
                        "/delegations/" + id + "/members/" + member + "/document-erasure", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/delegations/{id}/link-revocation", "/delegations/" + revocable + "/link-revocation", Set.of(PROGRAMME)),
                // Another delegation's: the page's form without a choice takes its coordinator away.
                Endpoint.page("POST", "/delegations/{id}/coordinator", "/delegations/" + revocable + "/coordinator", Set.of(PROGRAMME)),
                Endpoint.api("POST", "/api/delegations/{id}/members/{memberId}/document-erasure",
                        "/api/delegations/" + id + "/members/" + member + "/document-erasure", null, Set.of(PROGRAMME)),
                Endpoint.api("POST", "/api/delegations/{id}/members/{memberId}/erasure",
                        "/api/delegations/" + id + "/members/" + member + "/erasure", null, Set.of(OWN_LINK, PROGRAMME)),
                // Another delegation's: revoking its links leaves the own link the matrix calls with alone.
                Endpoint.api("POST", "/api/delegations/{id}/link-revocation", "/api/delegations/" + revocable + "/link-revocation", null,
                        Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/audit", "/api/audit", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/audit/verification", "/api/audit/verification", null, Set.of(OPERATIONS)),
                Endpoint.page("GET", "/", "/", EVERYONE),
                Endpoint.page("GET", "/register", "/register", EVERYONE),
                Endpoint.page("GET", "/register/{step:[1-4]}", "/register/2", EVERYONE),
                Endpoint.page("POST", "/register/{step:[1-4]}", "/register/1", EVERYONE),
                Endpoint.page("GET", "/register/review", "/register/review", EVERYONE),
                Endpoint.page("POST", "/register/review", "/register/review", EVERYONE),
                Endpoint.page("GET", "/register/done", "/register/done", EVERYONE),
                Endpoint.page("GET", "/d/{token}", "/d/" + ownToken, EVERYONE),
                Endpoint.page("POST", "/d/{token}", "/d/" + ownToken, EVERYONE),
                Endpoint.page("POST", "/d/{token}/fresh-link", "/d/" + ownToken + "/fresh-link", EVERYONE),
                Endpoint.page("GET", "/login", "/login", EVERYONE),
                Endpoint.page("GET", "/account", "/account", STAFF),
                Endpoint.page("GET", "/audit", "/audit", Set.of(OPERATIONS)));
    }

    @Test
    void everyEndpointLetsInExactlyWhoItServesAndARefusalChangesNothing() {
        JsonNode own = register(EventContract.foundationRequest());
        String otherToken = register(EventContract.foundationRequest().replace("coord-demo", "coord-wang")).get("accessToken").asString();
        String ownToken = own.get("accessToken").asString();
        List<Endpoint> endpoints = endpoints(own, ownToken);
        AccessMatrix.coversEveryEndpoint(mappings, endpoints);
        // The desk's rows follow the registrations' events: settled first, so that only a refusal could change them.
        await().atMost(Duration.ofSeconds(30)).until(this::deskRowsCaughtUp);

        new AccessMatrix(http, ownToken, otherToken).check(endpoints, store);
    }

    private boolean deskRowsCaughtUp() {
        Map<Object, Object> registered = new HashMap<>();
        store.getCollection("delegations").find(new Document("registeredAt", new Document("$ne", null)))
                .forEach(d -> registered.put(d.get("_id"), d.get("version")));
        Map<Object, Object> rows = new HashMap<>();
        store.getCollection("delegation_rows").find().forEach(d -> rows.put(d.get("_id"), d.get("version")));
        return registered.entrySet().stream().allMatch(e -> e.getValue().equals(rows.get(e.getKey())));
    }

    @Test
    void recordsPrivilegedActionsFailedSignInsAndRefusalsInTheAuditLog() {
        String id = register(EventContract.foundationRequest()).get("id").asString();
        http.as(DemoStaff.PROGRAMME).putJson("/api/delegations/" + id + "/coordinator", "{\"coordinatorId\":\"coord-li\"}");
        http.as(DemoStaff.COORDINATOR).get("/api/audit");
        assertThat(http.withLink("x").get("/api/audit").status()).isEqualTo(401);
        HttpProbe wrongPassword = new HttpProbe("http://localhost:" + port);
        String wrong = "Basic " + Base64.getEncoder().encodeToString("programme:not-the-password".getBytes());
        assertThat(wrongPassword.get("/api/delegations", "Authorization", wrong).status()).isEqualTo(401);

        List<JsonNode> audit = http.as(DemoStaff.OPERATIONS).get("/api/audit?limit=1000").json().valueStream().toList();

        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.get("action").asString()).isEqualTo("coordinator.assigned");
            assertThat(entry.get("actor").asString()).isEqualTo("programme");
            assertThat(entry.get("target").asString()).isEqualTo(id);
            assertThat(entry.at("/details/to").asString()).isEqualTo("coord-li");
            assertThat(entry.get("from").asString()).isNotBlank();
        });
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.get("action").asString()).isEqualTo("access.denied");
            assertThat(entry.get("actor").asString()).isEqualTo("coord-demo");
            assertThat(entry.get("target").asString()).isEqualTo("GET /api/audit");
        });
        assertThat(audit).anySatisfy(entry -> assertThat(entry.get("action").asString()).isEqualTo("login.failed"));
    }

    @Test
    void aForgedOrAlteredLinkOpensNothing() {
        JsonNode own = register(EventContract.foundationRequest());
        String id = own.get("id").asString();
        String token = own.get("accessToken").asString();
        String forged = id + "." + "A".repeat(43);

        assertThat(http.withLink(forged).get("/api/delegations/" + id).status()).isEqualTo(401);
        assertThat(http.withLink(token + "x").get("/api/delegations/" + id).status()).isEqualTo(401);
        assertThat(http.get("/d/" + forged).status()).isEqualTo(404);
        HttpProbe.Answer page = http.get("/d/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).as("personal data is never cached").contains("no-store");
        assertThat(page.header("Referrer-Policy")).as("the link never leaks in a Referer").isEqualTo("no-referrer");
    }

    @Test
    void anExpiredLinkOpensNothingButCanHaveAFreshOneSentToTheDelegationsContact() {
        JsonNode own = register(EventContract.foundationRequest());
        String id = own.get("id").asString();
        String expired = new DelegationLinks(access.delegationLinkSecret(), Duration.ofDays(90),
                Clock.fixed(Instant.now().minus(Duration.ofDays(91)), ZoneOffset.UTC), LinkGenerations.NONE_REVOKED).tokenFor(id);

        assertThat(http.withLink(expired).get("/api/delegations/" + id).status()).isEqualTo(401);
        HttpProbe browser = http.browser();
        HttpProbe.Answer page = browser.get("/d/" + expired + "?lang=ru");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Срок действия ссылки истёк").doesNotContain("Luang Prabang");

        HttpProbe.Answer tooSoon = browser.postForm("/d/" + expired + "/fresh-link", "_csrf", browser.csrfToken("/d/" + expired));
        assertThat(tooSoon.body()).as("the confirmation just went out (the page keeps the language chosen)")
                .contains("несколько минут назад");
        store.getCollection("delegations").updateOne(new Document("_id", id), new Document("$set",
                new Document("confirmation.status", "SENT").append("confirmation.sentAt", Date.from(Instant.now().minus(Duration.ofHours(1))))));
        HttpProbe.Answer sent = browser.postForm("/d/" + expired + "/fresh-link", "_csrf", browser.csrfToken("/d/" + expired));

        assertThat(sent.body()).contains("Новая ссылка отправлена на контактный адрес");
        assertThat(store.getCollection("delegations").find(new Document("_id", id)).first().get("confirmation", Document.class)
                .getString("status")).as("the confirmation email goes out again, to the contact address").isIn("PENDING", "SENT");
        assertThat(http.get("/d/" + id + ".zzzzzz.AAAA").status()).as("a forged expiry is no link at all").isEqualTo(404);
        // Quiet again: no mail server here, so the re-queued email would be retried in the background while other tests compare the store.
        store.getCollection("delegations").updateOne(new Document("_id", id), new Document("$set",
                new Document("confirmation.status", "SENT")));
    }

    @Test
    void staffRevokeEveryLinkOfADelegationAndItsContactIsSentANewOne() {
        JsonNode own = register(EventContract.foundationRequest().replace("\"coordinatorId\"",
                "\"contact\": {\"name\": \"Office\", \"email\": \"office@lpb.example.la\"}, \"coordinatorId\""));
        String id = own.get("id").asString();
        String old = own.get("accessToken").asString();
        assertThat(http.withLink(old).post("/api/delegations/" + id + "/link-revocation").status()).isEqualTo(403);
        settleConfirmation(id);

        HttpProbe.Answer revoked = http.as(DemoStaff.PROGRAMME).post("/api/delegations/" + id + "/link-revocation");

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("newLinkSent").asBoolean()).isTrue();
        assertThat(http.withLink(old).get("/api/delegations/" + id).status()).isEqualTo(401);
        assertThat(http.browser().get("/d/" + old + "?lang=en").body()).as("offers to send a fresh link to the contact")
                .contains("fresh-link").doesNotContain("Luang Prabang");
        String current = links.tokenFor(id, 1);
        assertThat(http.withLink(current).get("/api/delegations/" + id).status()).isEqualTo(200);
        Document stored = store.getCollection("delegations").find(new Document("_id", id)).first();
        assertThat(stored.getInteger("linkGeneration")).isEqualTo(1);
        assertThat(stored.get("confirmation", Document.class).getString("status")).as("the email with the new link")
                .isIn("PENDING", "SENT");
        assertThat(http.as(DemoStaff.PROGRAMME).get("/api/delegations/" + id).json().get("editLink")).as("staff never see the link").isNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.records(TopicProbe.ofType("DelegationLinksRevoked")).stream()
                .anyMatch(event -> event.key().equals(id) && event.value().contains("\"linkGeneration\":1")));
        settleConfirmation(id);
    }

    @Test
    void aMemberExportsWhatIsHeldAboutThemAndIsErasedThroughTheLink() {
        JsonNode own = register(EventContract.foundationRequest().replace("\"attends\"", "\"passportNumber\": \"PLA123456\", "
                + "\"passportExpiry\": \"2030-01-01\", \"alerts\": {\"email\": \"head@lpb.example.la\", \"language\": \"ru\"}, \"attends\""));
        String id = own.get("id").asString();
        String member = own.at("/members/0/memberId").asString();
        HttpProbe delegation = http.withLink(own.get("accessToken").asString());

        HttpProbe.Answer exported = delegation.get("/api/delegations/" + id + "/members/" + member + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().at("/member/passport/number").asString()).as("their own passport number, in the clear").isEqualTo("PLA123456");
        assertThat(exported.json().at("/member/familyName").asString()).isEqualTo("Delegate");
        assertThat(exported.json().at("/member/alerts/email").asString()).isEqualTo("head@lpb.example.la");
        assertThat(exported.json().at("/alsoHeldBy/itinerary-service").asString()).endsWith("/api/itineraries/" + id + "/members/" + member + "/export");
        assertThat(http.as(DemoStaff.OTHER_COORDINATOR).get("/api/delegations/" + id + "/members/" + member + "/export").status())
                .isEqualTo(404);

        String page = "/d/" + own.get("accessToken").asString();
        HttpProbe browser = http.browser();
        assertThat(browser.get(page).body()).contains("Personal data", "Download their data (JSON)", "Erase this person");
        HttpProbe.Answer download = browser.get(page + "/members/" + member + "/export");
        assertThat(download.header("Content-Disposition")).contains("attachment", "member-" + member + ".json");
        assertThat(download.body()).contains("PLA123456");
        HttpProbe.Answer unticked = browser.postForm(page + "/members/" + member + "/erasure", "_csrf", browser.csrfToken(page));
        assertThat(unticked.header("Location")).contains("eraseUnconfirmed=" + member);
        assertThat(browser.get(page + "?eraseUnconfirmed=" + member).body()).contains("Nothing was erased: tick the box first");
        assertThat(delegation.get("/api/delegations/" + id).json().get("members")).as("nothing erased without the tick").hasSize(1);

        HttpProbe.Answer erased = delegation.post("/api/delegations/" + id + "/members/" + member + "/erasure");

        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().get("members")).isEmpty();
        Document stored = store.getCollection("delegations").find(new Document("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain(member + "\"", "Delegate", "PLA", "head@lpb");
        String event = await().atMost(Duration.ofSeconds(20)).until(() -> topics.records(TopicProbe.ofType("PersonErased"))
                .stream().filter(r -> r.key().equals(id)).map(r -> r.value()).toList(), list -> list.size() == 1).get(0);
        EventContract.assertConforms("PersonErased", event);
        assertThat(event).contains(member).doesNotContain("Delegate", "Test");
        assertThat(delegation.get("/api/delegations/" + id + "/members/" + member + "/export").status()).isEqualTo(404);
        assertThat(http.signedIn(DemoStaff.OPERATIONS).get("/audit").body()).contains("person.erased", "person.exported");

        JsonNode other = register(EventContract.foundationRequest());
        String otherPage = "/d/" + other.get("accessToken").asString();
        String otherMember = other.at("/members/0/memberId").asString();
        HttpProbe.Answer ticked = browser.postForm(otherPage + "/members/" + otherMember + "/erasure", "confirmed", "yes",
                "_csrf", browser.csrfToken(otherPage));
        assertThat(ticked.header("Location")).contains("?erased");
        assertThat(browser.get(otherPage + "?erased").body()).contains("The person was erased");
        assertThat(http.withLink(other.get("accessToken").asString()).get("/api/delegations/" + other.get("id").asString()).json()
                .get("members")).isEmpty();
    }

    /** No mail server here: marks the confirmation sent, so that the mailer's retries do not change the store under other tests. */
    void settleConfirmation(String id) {
        store.getCollection("delegations").updateOne(new Document("_id", id), new Document("$set",
                new Document("confirmation.status", "SENT").append("confirmation.sentAt", Date.from(Instant.now()))));
    }

    @Test
    void refusesOversizedAndMalformedBodiesAndStoresNothing() {
        JsonNode own = register(EventContract.foundationRequest());
        String ownToken = own.get("accessToken").asString();
        List<Endpoint> endpoints = endpoints(own, ownToken);
        AccessMatrix matrix = new AccessMatrix(http, ownToken, ownToken);

        matrix.refusesBadBodies(endpoints, store, endpoint -> endpoint.allowed().contains(OWN_LINK) ? OWN_LINK : PROGRAMME);
    }

    @Test
    void showsScriptTypedIntoAnyTextFieldAsTextOnItsPages() {
        String request = EventContract.foundationRequest()
                .replace("\"Luang Prabang Province\"", json(SCRIPT + " Province"))
                // Names in Latin letters cannot carry markup; the name in its own script can.
                .replace("\"familyName\": \"Delegate\"", "\"familyName\": \"Delegate\", \"nativeName\": "
                        + json("Delegate\"><img src=x onerror=alert(1)>" + SCRIPT) + ", \"title\": " + json(SCRIPT)
                        + ", \"accessibility\": " + json(SCRIPT))
                .replace("\"kind\": \"LOCAL_GOVERNMENT\",", "\"kind\": \"LOCAL_GOVERNMENT\", \"notes\": " + json(SCRIPT)
                        + ", \"hotpotTeamName\": " + json(SCRIPT) + ", \"contact\": { \"name\": " + json(SCRIPT) + " },");
        HttpProbe.Answer created = http.postJson("/api/delegations", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String page = http.get("/d/" + created.json().get("accessToken").asString()).body();

        assertThat(page).doesNotContain(SCRIPT, "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        String audit = http.signedIn(DemoStaff.OPERATIONS).get("/audit").body();
        assertThat(audit).doesNotContain(SCRIPT);
    }

    /** Every one-line text field of a registration, as the path an error names and the request that puts {@code text} there. */
    static Map<String, String> everyOneLineTextField(String text) {
        String request = EventContract.foundationRequest();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("locality", request.replace("\"Luang Prabang Province\"", json(text)));
        fields.put("hotpotTeamName", request.replace("\"kind\":", "\"hotpotTeamName\": " + json(text) + ", \"kind\":"));
        fields.put("contact.name", request.replace("\"kind\":", "\"contact\": {\"name\": " + json(text) + "}, \"kind\":"));
        fields.put("members[0].givenName", request.replace("\"givenName\": \"Test\"", "\"givenName\": " + json(text)));
        fields.put("members[0].familyName", request.replace("\"familyName\": \"Delegate\"", "\"familyName\": " + json(text)));
        fields.put("members[0].nativeName", request.replace("\"givenName\":", "\"nativeName\": " + json(text) + ", \"givenName\":"));
        fields.put("members[0].title", request.replace("\"givenName\":", "\"title\": " + json(text) + ", \"givenName\":"));
        fields.put("members[0].tradeInterests[0]", request.replace("\"givenName\":", "\"tradeInterests\": [" + json(text) + "], \"givenName\":"));
        fields.put("members[0].arrival.port", request.replace("\"CKG\"", json(text)));
        return fields;
    }

    @Test
    void refusesHeaderInjectionAndControlCharactersInEveryOneLineTextFieldAndStoresNothing() {
        Map<String, List<String>> before = AccessMatrix.contents(store);
        List<String> wrong = new ArrayList<>();
        // Each field gets one of the three (registrations from one address are rate-limited, so not all nine times three).
        List<String> injections = List.of("Office\r\nBcc: victim@example.org", "Office\u0000", "Ivan\u202Egnissim");
        List<String> fields = List.copyOf(everyOneLineTextField("").keySet());
        for (int i = 0; i < fields.size(); i++) {
            String injected = injections.get(i % injections.size());
            HttpProbe.Answer answer = http.postJson("/api/delegations", everyOneLineTextField(injected).get(fields.get(i)));
            if (answer.status() != 400 || !answer.body().contains(fields.get(i))) {
                wrong.add(fields.get(i) + " with " + json(injected) + ": " + answer.status() + " " + answer.body());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(AccessMatrix.contents(store)).as("nothing stored").isEqualTo(before);
        HttpProbe.Answer russian = http.postJson("/api/delegations?lang=ru", everyOneLineTextField("a\nb").get("locality"), "Accept-Language", "ru");
        assertThat(russian.body()).contains("без переводов строки");
        // Notes may span lines; they go into no header.
        HttpProbe.Answer notes = http.postJson("/api/delegations", EventContract.foundationRequest()
                .replace("\"kind\":", "\"notes\": " + json("Line one\r\nBcc: victim@example.org") + ", \"kind\":"));
        assertThat(notes.status()).isEqualTo(201);
    }

    static String json(String text) {
        return JSON.writeValueAsString(text);
    }
}
