package org.cqfriendship.logistics.accreditation.access;

import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.support.testing.AccessMatrix;
import org.cqfriendship.logistics.support.testing.AccessMatrix.Endpoint;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.SecurityScenarios;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.EVERYONE;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.STAFF;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.DESK;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OPERATIONS;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.PROGRAMME;

/** Every endpoint of the accreditation-service as every kind of caller, and bad bodies. */
@EmbeddedPlatformTest
class AccreditationSecurityTest extends SecurityScenarios {

    static final String EXAMPLE_MEMBER = "0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a";

    @Override
    protected String[] watchedTopics() {
        return new String[] {"accreditation.checkins"};
    }

    /** A delegation registered (the contract's example), its badges issued. */
    String registered() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered", EventContract.example("DelegationRegistered")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id).replace(EXAMPLE_MEMBER, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/delegations/" + id + "/badges").status() == 200);
        return id;
    }

    static List<Endpoint> endpoints(String delegationId, String ownToken) {
        String scan = "{\"key\":\"" + UUID.randomUUID() + "\",\"code\":\"CQ-0000-0000\",\"placeId\":\"ckg-desk\"}";
        String badges = "/badges/" + delegationId;
        return List.of(
                Endpoint.api("POST", "/api/scans", "/api/scans", scan, Set.of(DESK)),
                Endpoint.api("GET", "/api/delegations/{delegationId}/badges", "/api/delegations/" + delegationId + "/badges", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/audit", "/api/audit", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/audit/verification", "/api/audit/verification", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/actuator/health", "/actuator/health", null, EVERYONE),
                Endpoint.page("GET", "/", "/", STAFF),
                Endpoint.page("GET", "/desk", "/desk", Set.of(DESK)),
                Endpoint.page("POST", "/desk", "/desk", Set.of(DESK)),
                Endpoint.page("POST", "/desk/scans", "/desk/scans", Set.of(DESK)),
                Endpoint.page("GET", "/badges", "/badges", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/badges/{delegationId}", badges, Set.of(PROGRAMME)),
                Endpoint.page("GET", "/badges/{delegationId}/badges.pdf", badges + "/badges.pdf", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/badges/{delegationId}/members/{memberId}/reissue", badges + "/members/m/reissue", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/badges/{delegationId}/badges/{number}/collected", badges + "/badges/CQ-0000-0000/collected",
                        Set.of(PROGRAMME)),
                Endpoint.page("POST", "/badges/{delegationId}/members/{memberId}/zones", badges + "/members/m/zones", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/d/{token}/badges", "/d/" + ownToken + "/badges", EVERYONE),
                Endpoint.page("GET", "/board", "/board", Set.of(PROGRAMME, OPERATIONS)),
                Endpoint.page("GET", "/board/stream", "/board/stream", Set.of(PROGRAMME, OPERATIONS)),
                Endpoint.page("GET", "/no-shows", "/no-shows", Set.of(PROGRAMME, OPERATIONS)),
                Endpoint.page("GET", "/login", "/login", EVERYONE),
                Endpoint.page("GET", "/account", "/account", STAFF),
                Endpoint.page("GET", "/audit", "/audit", Set.of(OPERATIONS)));
    }

    @Test
    void everyEndpointLetsInExactlyWhoItServesAndARefusalChangesNothing() {
        String own = registered();
        List<Endpoint> endpoints = endpoints(own, links.tokenFor(own));
        AccessMatrix.coversEveryEndpoint(mappings, endpoints);

        new AccessMatrix(http, links.tokenFor(own), links.tokenFor(UUID.randomUUID().toString())).check(endpoints, store);
    }

    @Test
    void refusesOversizedAndMalformedBodiesAndChangesNothing() {
        String own = registered();
        new AccessMatrix(http, links.tokenFor(own), links.tokenFor(own)).refusesBadBodies(endpoints(own, links.tokenFor(own)), store,
                endpoint -> DESK);
    }
}
