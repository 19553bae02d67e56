package org.cqfriendship.logistics.notification.access;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.notification.acknowledge.AcknowledgeLinks;
import org.cqfriendship.logistics.notification.confirmation.ConfirmationLinks;
import org.cqfriendship.logistics.notification.delegate.ContactCheck;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.testing.TestChannels;
import org.cqfriendship.logistics.support.testing.AccessMatrix;
import org.cqfriendship.logistics.support.testing.AccessMatrix.Endpoint;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.SecurityScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.EVERYONE;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.STAFF;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.COORDINATOR;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OPERATIONS;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OWN_LINK;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.PROGRAMME;

/** Every endpoint of the notification-service as every kind of caller, and script arriving in events shown as text. */
@EmbeddedPlatformTest
class NotificationSecurityTest extends SecurityScenarios {

    static final String SCRIPT = "<script>alert(1)</script>";


    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    @Autowired
    AcknowledgeLinks acknowledgeLinks;

    @Autowired
    ConfirmationLinks confirmationLinks;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        TestChannels.register(registry);
    }

    /** Everything here is about coord-demo's inbox: only coord-demo reads and acknowledges it, or anyone holding its link. */
    /** {@code delegate}: a member of the delegation whose link the matrix holds as its own. */
    List<Endpoint> endpoints(String alertId, String delegate) {
        String confirm = confirmationPath(delegate);
        String acknowledge = "/acknowledge/" + acknowledgeLinks.linkFor(alertId, null).substring(acknowledgeLinks.linkFor(alertId, null)
                .lastIndexOf('/') + 1);
        String inbox = "/coordinators/" + DemoStaff.COORDINATOR;
        return List.of(
                Endpoint.api("GET", "/api/coordinators/{coordinatorId}/alerts", "/api" + inbox + "/alerts", null, Set.of(COORDINATOR)),
                Endpoint.api("POST", "/api/coordinators/{coordinatorId}/alerts/{alertId}/acknowledgement",
                        "/api" + inbox + "/alerts/" + alertId + "/acknowledgement", null, Set.of(COORDINATOR)),
                Endpoint.api("GET", "/api/audit", "/api/audit", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/audit/verification", "/api/audit/verification", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/services", "/api/operations/services", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/lag", "/api/operations/lag", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/lag/history", "/api/operations/lag/history", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/deliveries", "/api/operations/deliveries", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/dead-letters", "/api/operations/dead-letters", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/flows/{delegationId}", "/api/operations/flows/" + UUID.randomUUID(), null,
                        Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/traces/{traceId}", "/api/operations/traces/0af7651916cd43dd8448eb211c80319c", null,
                        Set.of(OPERATIONS)),
                Endpoint.api("POST", "/api/operations/dead-letters/replay-all", "/api/operations/dead-letters/replay-all", null,
                        Set.of(OPERATIONS)),
                Endpoint.page("POST", "/operations/dead-letters/replay-all", "/operations/dead-letters/replay-all", Set.of(OPERATIONS)),
                Endpoint.api("POST", "/api/operations/dead-letters/replay", "/api/operations/dead-letters/replay",
                        "{\"topic\":\"itinerary.itineraries.DLT\",\"partition\":0,\"offset\":999999}", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations", "/operations", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations/panels/{panel}", "/operations/panels/deliveries", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations/lag-history", "/operations/lag-history", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations/tail/stream", "/operations/tail/stream", Set.of(OPERATIONS)),
                Endpoint.page("POST", "/operations/dead-letters/replay", "/operations/dead-letters/replay", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations/flow", "/operations/flow", Set.of(OPERATIONS)),
                Endpoint.page("GET", "/operations/workload", "/operations/workload", Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/operations/workload", "/api/operations/workload", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/actuator/prometheus", "/actuator/info", null, Set.of(OPERATIONS)),
                Endpoint.page("GET", "/", "/", STAFF),
                Endpoint.page("GET", "/inbox", "/inbox", STAFF),
                Endpoint.page("GET", "/coordinator-directory.{format:csv|xlsx}", "/coordinator-directory.csv", Set.of(PROGRAMME, OPERATIONS)),
                Endpoint.page("GET", "/coordinators/{coordinatorId}/inbox", inbox + "/inbox", Set.of(COORDINATOR)),
                Endpoint.page("GET", "/coordinators/{coordinatorId}/inbox/stream", inbox + "/inbox/stream", Set.of(COORDINATOR)),
                Endpoint.page("POST", "/coordinators/{coordinatorId}/alerts/{alertId}/acknowledgement",
                        inbox + "/alerts/" + alertId + "/acknowledgement", Set.of(COORDINATOR)),
                Endpoint.page("GET", "/acknowledge/{token}", acknowledge, EVERYONE),
                Endpoint.page("POST", "/acknowledge/{token}", acknowledge, EVERYONE),
                Endpoint.api("GET", "/api/delegates/{memberId}/export", "/api/delegates/" + delegate + "/export", null,
                        Set.of(OWN_LINK, PROGRAMME)),
                Endpoint.page("GET", "/contacts/confirm/{token}", confirm, EVERYONE),
                Endpoint.page("POST", "/contacts/confirm/{token}", confirm, EVERYONE),
                Endpoint.page("GET", "/login", "/login", EVERYONE),
                Endpoint.page("GET", "/account", "/account", STAFF),
                Endpoint.page("GET", "/audit", "/audit", Set.of(OPERATIONS)));
    }

    @Test
    void everyEndpointLetsInExactlyWhoItServesAndARefusalChangesNothing() {
        String alertId = clashAlertOf(UUID.randomUUID().toString());
        // Only once every channel has it does nothing but the callers change the store.
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.COORDINATOR).get("/api/coordinators/coord-demo/alerts")
                .json().valueStream().allMatch(a -> a.get("deliveries").valueStream().allMatch(d -> d.get("status").asString().equals("DELIVERED"))));
        String delegate = registeredDelegate("someone@example.org");
        List<Endpoint> endpoints = endpoints(alertId, delegate);
        AccessMatrix.coversEveryEndpoint(mappings, endpoints);

        String ownDelegation = store.findById(delegate, Delegate.class).delegationId();
        new AccessMatrix(http, links.tokenFor(ownDelegation), links.tokenFor(UUID.randomUUID().toString())).check(endpoints, store);
    }

    /** A delegate registered for alerts at {@code email}, as the registration events tell it. */
    String registeredDelegate(String email) {
        String delegation = UUID.randomUUID().toString();
        String member = UUID.randomUUID().toString();
        topics.publish("registration.delegations", delegation, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation).replace("0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a", member)
                .replace("\"attends\"", "\"alerts\": {\"email\": \"" + email + "\", \"language\": \"en\"}, \"attends\""));
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findById(member, Delegate.class) != null);
        return member;
    }

    String confirmationPath(String memberId) {
        Delegate delegate = store.findById(memberId, Delegate.class);
        String link = confirmationLinks.linkFor(new ContactCheck(memberId + ":EMAIL", memberId, delegate.delegationId(),
                ContactCheck.Kind.EMAIL, delegate.email(), "en", null, 0, null));
        return link.substring(link.indexOf("/contacts/"));
    }

    @Test
    void aConfirmationLinkConfirmsOnlyTheAddressItWasSentTo() {
        String member = registeredDelegate("owner@example.org");
        String genuine = confirmationPath(member);
        String token = genuine.substring("/contacts/confirm/".length(), genuine.indexOf('?'));
        String other = registeredDelegate("other@example.org");

        assertThat(http.get(genuine).body()).contains("o•••@example.org", "Yes, send my alerts here");
        assertThat(http.get("/contacts/confirm/" + token.replace(member, other)).status()).as("moved to another member").isEqualTo(404);
        assertThat(http.get("/contacts/confirm/" + token.replace(":EMAIL:", ":PHONE:")).status()).isEqualTo(404);
        assertThat(http.get("/contacts/confirm/" + member + ":EMAIL:0000000000000000.zz.forged").status()).isEqualTo(404);
        var browser = http.browser();
        assertThat(browser.postForm(genuine, "_csrf", browser.csrfToken(genuine)).body()).contains("Confirmed.");
        assertThat(store.findById(member, Delegate.class).confirmedEmail()).isEqualTo("owner@example.org");
        assertThat(store.findById(other, Delegate.class).emailConfirmed()).isFalse();
    }

    /** The id of the alert a clash for a new delegation puts in coord-demo's inbox. */
    String clashAlertOf(String delegation) {
        topics.publish("itinerary.itineraries", delegation, "ClashDetected",
                EventContract.example("ClashDetected").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation));
        return await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.COORDINATOR).get("/api/coordinators/coord-demo/alerts")
                .json().valueStream().filter(a -> a.get("delegationId").asString().equals(delegation)).toList(), a -> a.size() == 1)
                .get(0).get("id").asString();
    }

    @Test
    void aForgedAcknowledgementLinkOpensNothing() {
        String alertId = clashAlertOf(UUID.randomUUID().toString());
        String genuine = acknowledgeLinks.linkFor(alertId, null);
        String token = genuine.substring(genuine.lastIndexOf('/') + 1);

        assertThat(http.get("/acknowledge/" + token).status()).isEqualTo(200);
        assertThat(http.get("/acknowledge/" + alertId + ".forged").status()).isEqualTo(404);
        assertThat(http.get("/acknowledge/" + token.replace(alertId, UUID.randomUUID().toString())).status()).isEqualTo(404);
    }

    @Test
    void anotherCoordinatorCannotAcknowledgeSomeoneElsesAlert() {
        var coordinator = http.as(DemoStaff.COORDINATOR);
        String alertId = clashAlertOf(UUID.randomUUID().toString());

        assertThat(http.as(DemoStaff.OTHER_COORDINATOR).post("/api/coordinators/coord-demo/alerts/" + alertId + "/acknowledgement")
                .status()).isEqualTo(403);
        assertThat(http.as(DemoStaff.OTHER_COORDINATOR).post("/api/coordinators/coord-li/alerts/" + alertId + "/acknowledgement")
                .status()).as("not in coord-li's inbox").isEqualTo(404);
        assertThat(coordinator.get("/api/coordinators/coord-demo/alerts").json().valueStream()
                .filter(a -> a.get("id").asString().equals(alertId)).findFirst().orElseThrow().get("acknowledgedAt").isNull()).isTrue();
    }

    @Test
    void showsScriptArrivingInAnEventAsTextInTheInbox() {
        String delegation = UUID.randomUUID().toString();
        topics.publish("itinerary.itineraries", delegation, "ClashDetected", EventContract.example("ClashDetected")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", delegation)
                .replace("Luang Prabang Province", SCRIPT).replace("\"Test Delegate\"", "\"<img src=x onerror=alert(1)>\""));
        var coordinator = http.signedIn(DemoStaff.COORDINATOR);

        String page = await().atMost(Duration.ofSeconds(30)).until(() -> coordinator.get("/coordinators/coord-demo/inbox").body(),
                body -> body.contains(delegation) || body.contains("&lt;script&gt;"));

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT, "<img src=x");
    }
}
