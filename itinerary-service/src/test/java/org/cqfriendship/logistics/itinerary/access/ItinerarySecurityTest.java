package org.cqfriendship.logistics.itinerary.access;

import org.bson.Document;
import org.cqfriendship.logistics.contracts.EventContract;
import org.cqfriendship.logistics.itinerary.calendar.CoordinatorCalendarLinks;
import org.cqfriendship.logistics.support.testing.AccessMatrix;
import org.cqfriendship.logistics.support.testing.AccessMatrix.Endpoint;
import org.cqfriendship.logistics.support.testing.DemoStaff;
import org.cqfriendship.logistics.support.testing.EmbeddedPlatformTest;
import org.cqfriendship.logistics.support.testing.HttpProbe;
import org.cqfriendship.logistics.support.testing.SecurityScenarios;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.EVERYONE;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.SIGNED_IN;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.STAFF;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.COORDINATOR;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.JUDGE;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OPERATIONS;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.OWN_LINK;
import static org.cqfriendship.logistics.support.testing.AccessMatrix.Who.PROGRAMME;

/** Every endpoint of the itinerary-service as every kind of caller, bad bodies, script in the programme's text. */
@EmbeddedPlatformTest
class ItinerarySecurityTest extends SecurityScenarios {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String EXAMPLE_MEMBER = "0d9a3c55-1f58-4c3e-9f0b-2f1e4d5c6b7a";
    static final String TOURISM_TIMES = "\"startsAt\":\"2026-05-20T15:00:00+08:00\",\"endsAt\":\"2026-05-20T16:30:00+08:00\"";


    @Override
    protected String[] watchedTopics() {
        return new String[] {"itinerary.itineraries"};
    }

    /** A delegation registered with coord-demo as its coordinator, planned. */
    String planned() {
        String id = UUID.randomUUID().toString();
        topics.publish("registration.delegations", id, "DelegationRegistered",
                EventContract.example("DelegationRegistered").replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", id));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.as(DemoStaff.PROGRAMME).get("/api/itineraries/" + id).status() == 200);
        return id;
    }

    @org.springframework.beans.factory.annotation.Autowired
    CoordinatorCalendarLinks calendarLinks;

    static List<Endpoint> endpoints(String delegationId, String ownToken, String coordinatorCalendar) {
        String schedule = "{" + TOURISM_TIMES + "}";
        return List.of(
                Endpoint.api("GET", "/api/itineraries/{delegationId}", "/api/itineraries/" + delegationId, null,
                        Set.of(OWN_LINK, COORDINATOR, PROGRAMME)),
                Endpoint.api("GET", "/api/itineraries/{delegationId}/members/{memberId}/export", "/api/itineraries/" + delegationId
                        + "/members/" + EXAMPLE_MEMBER + "/export", null, Set.of(OWN_LINK, COORDINATOR, PROGRAMME)),
                Endpoint.api("GET", "/api/sessions", "/api/sessions", null, SIGNED_IN),
                Endpoint.api("POST", "/api/sessions", "/api/sessions", "{\"id\":\"access-matrix-session\",\"title\":\"Access check\","
                        + "\"venue\":\"Room 1\"," + TOURISM_TIMES + "}", Set.of(PROGRAMME)),
                Endpoint.api("PUT", "/api/sessions/{id}/schedule", "/api/sessions/no-such-session/schedule", schedule, Set.of(PROGRAMME)),
                Endpoint.api("PUT", "/api/sessions/{id}/capacity", "/api/sessions/no-such-session/capacity", "{\"capacity\":5}",
                        Set.of(PROGRAMME)),
                Endpoint.api("POST", "/api/sessions/{id}/cancellation", "/api/sessions/no-such-session/cancellation", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/catering", "/api/catering", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/interpretation", "/api/interpretation", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/transfers", "/api/transfers", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/hotels", "/api/hotels", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/contest/hotpot", "/api/contest/hotpot", null, Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/hotels/waiting", "/api/hotels/waiting", null, Set.of(PROGRAMME)),
                Endpoint.api("PUT", "/api/hotels/{hotelId}", "/api/hotels/no-such-hotel", "{}", Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/hotels/{hotelId}/rooming-list", "/api/hotels/riverside/rooming-list", null, Set.of(PROGRAMME)),
                Endpoint.api("POST", "/api/flight-status", "/api/flight-status",
                        "{\"flightNumber\":\"ZZ999\",\"scheduledDate\":\"2026-05-19\",\"status\":\"ON_TIME\"}", Set.of(PROGRAMME)),
                Endpoint.api("GET", "/api/audit", "/api/audit", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/api/audit/verification", "/api/audit/verification", null, Set.of(OPERATIONS)),
                Endpoint.api("GET", "/actuator/health", "/actuator/health", null, EVERYONE),
                Endpoint.api("GET", "/actuator/metrics", "/actuator/metrics", null, Set.of(OPERATIONS)),
                Endpoint.page("GET", "/", "/", STAFF),
                Endpoint.page("GET", "/d/{token}", "/d/" + ownToken, EVERYONE),
                Endpoint.page("GET", "/itineraries/{delegationId}", "/itineraries/" + delegationId, Set.of(COORDINATOR, PROGRAMME)),
                Endpoint.page("GET", "/d/{token}/itinerary.ics", "/d/" + ownToken + "/itinerary.ics", EVERYONE),
                Endpoint.page("GET", "/d/{token}/members/{memberId}/itinerary.ics", "/d/" + ownToken + "/members/" + EXAMPLE_MEMBER
                        + "/itinerary.ics", EVERYONE),
                Endpoint.page("GET", "/itineraries/{delegationId}/itinerary.ics", "/itineraries/" + delegationId + "/itinerary.ics",
                        Set.of(COORDINATOR, PROGRAMME)),
                Endpoint.page("GET", "/c/{token}/itinerary.ics", "/c/" + coordinatorCalendar + "/itinerary.ics", EVERYONE),
                Endpoint.page("GET", "/d/{token}/itinerary.pdf", "/d/" + ownToken + "/itinerary.pdf", EVERYONE),
                Endpoint.page("GET", "/itineraries/{delegationId}/itinerary.pdf", "/itineraries/" + delegationId + "/itinerary.pdf",
                        Set.of(COORDINATOR, PROGRAMME)),
                Endpoint.page("GET", "/calendar", "/calendar", STAFF),
                Endpoint.page("GET", "/programme", "/programme", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/programme/sessions", "/programme/sessions", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/programme/{id}/schedule", "/programme/opening-ceremony/schedule", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/programme/{id}/cancellation", "/programme/opening-ceremony/cancellation", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/catering", "/catering", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/catering/export.{format:csv|xlsx}", "/catering/export.csv", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/programme/signups.{format:csv|xlsx}", "/programme/signups.csv", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/programme/interpretation.{format:csv|xlsx}", "/programme/interpretation.xlsx", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/transfers/export.{format:csv|xlsx}", "/transfers/export.xlsx", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/transfers/arrivals.pdf", "/transfers/arrivals.pdf", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/transfers/drivers.pdf", "/transfers/drivers.pdf", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/catering/kitchen.pdf", "/catering/kitchen.pdf", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/flights", "/flights", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/transfers", "/transfers", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/hotels", "/hotels", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/hotels/{hotelId}/blocks", "/hotels/no-such-hotel/blocks", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/hotels/new", "/hotels/new", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/contest/hotpot", "/contest/hotpot", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/contest/hotpot/draw", "/contest/hotpot/draw", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/contest/hotpot/freeze", "/contest/hotpot/freeze", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/contest/hotpot/judge", "/contest/hotpot/judge", Set.of(JUDGE)),
                Endpoint.page("POST", "/contest/hotpot/judge/{round}/score", "/contest/hotpot/judge/hotpot-heat-1/score", Set.of(JUDGE)),
                Endpoint.page("POST", "/contest/hotpot/judge/{round}", "/contest/hotpot/judge/hotpot-heat-1", Set.of(JUDGE)),
                Endpoint.page("GET", "/contest/hotpot/results", "/contest/hotpot/results", EVERYONE),
                Endpoint.page("GET", "/carnival", "/carnival", EVERYONE),
                Endpoint.page("GET", "/carnival/stalls", "/carnival/stalls", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/carnival/stalls/{delegationId}", "/carnival/stalls/" + delegationId, Set.of(PROGRAMME)),
                Endpoint.page("GET", "/contest/hotpot/results/stream", "/contest/hotpot/results/stream", EVERYONE),
                Endpoint.api("GET", "/api/contest/hotpot/results", "/api/contest/hotpot/results", null, EVERYONE),
                Endpoint.page("POST", "/hotels/new", "/hotels/new", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/hotels/{hotelId}/edit", "/hotels/riverside/edit", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/hotels/{hotelId}/edit", "/hotels/no-such-hotel/edit", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/hotels/{hotelId}", "/hotels/riverside", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/hotels/{hotelId}/rooming-list.{format:csv|xlsx}", "/hotels/riverside/rooming-list.csv", Set.of(PROGRAMME)),
                Endpoint.page("POST", "/flights", "/flights", Set.of(PROGRAMME)),
                Endpoint.page("GET", "/login", "/login", EVERYONE),
                Endpoint.page("GET", "/account", "/account", STAFF),
                Endpoint.page("GET", "/audit", "/audit", Set.of(OPERATIONS)));
    }

    @Test
    void everyEndpointLetsInExactlyWhoItServesAndARefusalChangesNothing() {
        String own = planned();
        List<Endpoint> endpoints = endpoints(own, links.tokenFor(own), calendarLinks.tokenFor(DemoStaff.COORDINATOR));
        AccessMatrix.coversEveryEndpoint(mappings, endpoints);

        new AccessMatrix(http, links.tokenFor(own), links.tokenFor(UUID.randomUUID().toString())).check(endpoints, store);
    }

    @Test
    void aLinkStaffRevokedOpensNothingWhileTheNewOneDoes() {
        String own = planned();
        String old = links.tokenFor(own);
        assertThat(http.withLink(old).get("/api/itineraries/" + own).status()).isEqualTo(200);

        topics.publish("registration.delegations", own, "DelegationLinksRevoked", EventContract.example("DelegationLinksRevoked")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", own));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withLink(old).get("/api/itineraries/" + own).status() == 401);
        assertThat(http.withLink(links.tokenFor(own, 1)).get("/api/itineraries/" + own).status()).isEqualTo(200);
        assertThat(http.get("/d/" + old).status()).as("sent to the registration page, which offers a fresh link").isEqualTo(302);
        // A repeated or older event never lowers the generation.
        topics.publish("registration.delegations", own, "DelegationLinksRevoked", EventContract.example("DelegationLinksRevoked")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", own).replace("\"linkGeneration\": 1", "\"linkGeneration\": 2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withLink(links.tokenFor(own, 1)).get("/api/itineraries/" + own).status() == 401);
        topics.publish("registration.delegations", own, "DelegationLinksRevoked", EventContract.example("DelegationLinksRevoked")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", own));
        String later = planned();
        assertThat(http.withLink(links.tokenFor(later)).get("/api/itineraries/" + later).status()).isEqualTo(200);
        assertThat(http.withLink(links.tokenFor(own, 2)).get("/api/itineraries/" + own).status()).isEqualTo(200);
        assertThat(http.withLink(links.tokenFor(own, 1)).get("/api/itineraries/" + own).status()).isEqualTo(401);
    }

    @Test
    void aMembersPartOfTheItineraryIsExportedAndNothingOfThemStaysOnceErased() {
        String own = planned();
        HttpProbe delegation = http.withLink(links.tokenFor(own));
        HttpProbe.Answer exported = delegation.get("/api/itineraries/" + own + "/members/" + EXAMPLE_MEMBER + "/export");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json().at("/member/name").asString()).isEqualTo("Test Delegate");
        assertThat(exported.json().get("entries")).isNotEmpty();

        topics.publish("registration.delegations", own, "PersonErased", EventContract.example("PersonErased")
                .replace("5b0c6f2e-8d5a-4a43-9b71-0f0f6a0d2a11", own));

        await().atMost(Duration.ofSeconds(30)).until(() -> delegation.get("/api/itineraries/" + own).json().get("entries").isEmpty());
        // Seat lines keep a released ticket's random member id (nothing links it to a person any more); no name stays anywhere.
        assertThat(AccessMatrix.contents(store)).allSatisfy((collection, documents) -> assertThat(documents)
                .as(collection).noneMatch(document -> document.contains(own) && document.contains("Test Delegate")));
        assertThat(store.getCollection("itineraries").find(new Document("_id", own)).first().toJson()).doesNotContain(EXAMPLE_MEMBER);
        assertThat(delegation.get("/api/itineraries/" + own + "/members/" + EXAMPLE_MEMBER + "/export").status()).isEqualTo(404);
    }

    @Test
    void refusesOversizedAndMalformedBodiesAndChangesNothing() {
        String own = planned();
        new AccessMatrix(http, links.tokenFor(own), links.tokenFor(own)).refusesBadBodies(endpoints(own, links.tokenFor(own), calendarLinks.tokenFor(DemoStaff.COORDINATOR)), store, endpoint -> PROGRAMME);
    }

    @Test
    void showsScriptInTheProgrammeAsTextOnItsPages() {
        HttpProbe programme = http.as(DemoStaff.PROGRAMME);
        try {
            assertThat(programme.putJson("/api/sessions/culture-tourism-promotion/schedule",
                    "{" + TOURISM_TIMES + ",\"venue\":\"" + SCRIPT + "\"}").status()).isEqualTo(200);

            String audit = http.signedIn(DemoStaff.OPERATIONS).get("/audit").body();

            assertThat(audit).contains("session.rescheduled", "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        } finally {
            programme.putJson("/api/sessions/culture-tourism-promotion/schedule",
                    "{" + TOURISM_TIMES + ",\"venue\":\"Auditorium (illustrative)\"}");
        }
    }
}
