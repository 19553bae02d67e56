package org.cqfriendship.logistics.faults;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge of the fault tests: what counts as lost, doubled and disorder, on dumps made up for each case. */
class ChecksTest {

    static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    /** One delegation registered and changed, everything stored, published once, told once, delivered. */
    static Dump healthy(List<Dump.Event> extraEvents, List<Dump.Alert> extraAlerts) {
        List<Dump.Event> events = new ArrayList<>(List.of(
                event("registration.delegations", 0, "r1", "DelegationRegistered", 0, null, null),
                event("registration.delegations", 1, "r2", "TravelPlanChanged", 1, null, null),
                event("itinerary.itineraries", 0, "i1", "ItineraryChanged", -1, "DELEGATION_REGISTERED", null),
                event("itinerary.itineraries", 1, "i2", "ClashDetected", -1, null, "late"),
                event("itinerary.itineraries", 2, "i3", "ItineraryChanged", -1, "TRAVEL_CHANGED", null),
                event("itinerary.itineraries", 3, "i4", "ClashResolved", -1, "TRAVEL_CHANGED", "late"),
                event("itinerary.itineraries", 4, "i5", "TransferReassigned", -1, "TRAVEL_CHANGED", null)));
        events.addAll(extraEvents);
        List<Dump.Alert> alerts = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            alerts.add(alert("i" + i, "i" + i, T.plusSeconds(i), "DELIVERED"));
        }
        alerts.addAll(extraAlerts);
        List<String> mails = alerts.stream().map(Dump.Alert::id).toList();
        return new Dump(List.of(new Dump.Registration("d1", "k1", 1, Load.EARLIER_FLIGHT)),
                List.of(new Dump.Itinerary("d1", 1, Load.EARLIER_FLIGHT)), events, List.of(), alerts, mails,
                mails.stream().map(id -> id + ":SMS").toList(), List.of(), Map.of("d1", 1), Map.of("m1", 1));
    }

    static Ledger ledger() {
        Ledger ledger = new Ledger();
        ledger.registered(new Ledger.Registered("k1", "d1", "token", "coord-li", T));
        ledger.changed("d1", T.plusSeconds(1));
        return ledger;
    }

    static Dump.Event event(String topic, long offset, String id, String type, long version, String reason, String clash) {
        return new Dump.Event(topic, 0, offset, "d1", id, type, version, reason, clash);
    }

    static Dump.Alert alert(String id, String event, Instant at, String emailStatus) {
        return new Dump.Alert(id, "coord-li", "d1", List.of(event), at, null, Map.of("EMAIL", emailStatus, "SMS", "DELIVERED"));
    }

    @Test
    void aRunWhereEverythingArrivedOncePasses() {
        assertThat(Checks.of(ledger(), healthy(List.of(), List.of())).passed()).isTrue();
    }

    @Test
    void aRedeliveredOrRepublishedEventIsNoDouble() {
        Dump again = healthy(List.of(event("registration.delegations", 2, "r2", "TravelPlanChanged", 1, null, null),
                event("itinerary.itineraries", 5, "i1", "ItineraryChanged", -1, "DELEGATION_REGISTERED", null)), List.of());

        assertThat(Checks.of(ledger(), again).passed()).isTrue();
    }

    @Test
    void anAcknowledgedRegistrationMissingFromTheStoreIsLost() {
        Dump healthy = healthy(List.of(), List.of());
        Dump missing = new Dump(List.of(), healthy.itineraries(), healthy.events(), List.of(), healthy.alerts(), healthy.mailAlertIds(),
                healthy.smsKeys(), List.of(), Map.of(), Map.of());

        assertThat(Checks.of(ledger(), missing).lost()).anyMatch(l -> l.contains("k1") && l.contains("not in the registration store"));
    }

    @Test
    void anEventNoAlertTellsOrAnAlertNeverReceivedIsLost() {
        Dump healthy = healthy(List.of(), List.of());
        List<Dump.Alert> fewer = healthy.alerts().stream().filter(a -> !a.id().equals("i3")).toList();
        Dump untold = new Dump(healthy.registrations(), healthy.itineraries(), healthy.events(), List.of(), fewer,
                healthy.mailAlertIds().stream().filter(m -> !m.equals("i2")).toList(), healthy.smsKeys(), List.of(), Map.of(), Map.of());

        assertThat(Checks.of(ledger(), untold).lost()).anyMatch(l -> l.contains("i3") && l.contains("in no alert"))
                .anyMatch(l -> l.contains("alert i2") && l.contains("never received"));
    }

    @Test
    void aDelegationPlannedTwiceOrOneEventToldTwiceIsDoubled() {
        Dump twice = healthy(List.of(event("itinerary.itineraries", 5, "i9", "ItineraryChanged", -1, "DELEGATION_REGISTERED", null)),
                List.of(alert("i9", "i9", T.plusSeconds(9), "DELIVERED"), alert("copy", "i1", T.plusSeconds(10), "DELIVERED")));

        assertThat(Checks.of(ledger(), twice).doubled()).anyMatch(d -> d.contains("2 different ItineraryChanged (DELEGATION_REGISTERED)"))
                .anyMatch(d -> d.contains("i1 told 2 times"));
    }

    @Test
    void versionsGoingBackOrAChangeBeforeThePlanIsDisorder() {
        Dump healthy = healthy(List.of(), List.of());
        List<Dump.Event> shuffled = new ArrayList<>(List.of(
                event("registration.delegations", 0, "r2", "TravelPlanChanged", 1, null, null),
                event("registration.delegations", 1, "r1", "DelegationRegistered", 0, null, null),
                event("itinerary.itineraries", 0, "i3", "ItineraryChanged", -1, "TRAVEL_CHANGED", null),
                event("itinerary.itineraries", 1, "i1", "ItineraryChanged", -1, "DELEGATION_REGISTERED", null),
                event("itinerary.itineraries", 2, "i4", "ClashResolved", -1, "TRAVEL_CHANGED", "late"),
                event("itinerary.itineraries", 3, "i2", "ClashDetected", -1, null, "late"),
                event("itinerary.itineraries", 4, "i5", "TransferReassigned", -1, "TRAVEL_CHANGED", null)));
        Dump disordered = new Dump(healthy.registrations(), healthy.itineraries(), shuffled, List.of(), healthy.alerts(),
                healthy.mailAlertIds(), healthy.smsKeys(), List.of(), Map.of(), Map.of());

        assertThat(Checks.of(ledger(), disordered).disorder()).anyMatch(d -> d.contains("version 0 published after version 1"))
                .anyMatch(d -> d.contains("before it was first planned")).anyMatch(d -> d.contains("resolved before it was found"))
                .anyMatch(d -> d.contains("recorded before the alert of the event before it"));
    }

    @Test
    void aChangeThatJoinsADigestHeldSinceBeforeAnUrgentAlertIsInOrderButNotOnceTheDigestHadGoneOut() {
        Dump healthy = healthy(List.of(), List.of());
        Map<String, String> delivered = Map.of("EMAIL", "DELIVERED", "SMS", "DELIVERED");
        // The plan opens a digest held for two minutes; the clash, urgent, goes at once; the change joins the digest.
        List<Dump.Alert> joined = List.of(new Dump.Alert("i1", "coord-li", "d1", List.of("i1", "i3"), T.plusSeconds(1), T.plusSeconds(121), delivered),
                alert("i2", "i2", T.plusSeconds(2), "DELIVERED"), alert("i4", "i4", T.plusSeconds(4), "DELIVERED"),
                alert("i5", "i5", T.plusSeconds(5), "DELIVERED"));
        // The same, but the digest had gone out (held until 1.5 s) before the clash was recorded.
        List<Dump.Alert> late = new ArrayList<>(joined);
        late.set(0, new Dump.Alert("i1", "coord-li", "d1", List.of("i1", "i3"), T.plusSeconds(1), T.plusMillis(1500), delivered));

        assertThat(Checks.of(ledger(), withAlerts(healthy, joined)).disorder()).isEmpty();
        assertThat(Checks.of(ledger(), withAlerts(healthy, late)).disorder()).singleElement().asString()
                .contains("the alert of ItineraryChanged was recorded before the alert of the event before it");
    }

    private static Dump withAlerts(Dump dump, List<Dump.Alert> alerts) {
        List<String> ids = alerts.stream().map(Dump.Alert::id).toList();
        return new Dump(dump.registrations(), dump.itineraries(), dump.events(), dump.deadLetters(), alerts, ids,
                ids.stream().map(id -> id + ":SMS").toList(), List.of(), dump.seatTickets(), dump.tripsPerMember());
    }

    @Test
    void twoSeatsOrTwoPickupsForOneMemberAndTwoDelegationsForOneKeyAreDoubled() {
        Dump healthy = healthy(List.of(), List.of());
        Dump doubled = new Dump(List.of(healthy.registrations().get(0), new Dump.Registration("d2", "k1", 0, Load.FIRST_FLIGHT)),
                healthy.itineraries(), healthy.events(), List.of(), healthy.alerts(), healthy.mailAlertIds(), healthy.smsKeys(), List.of(),
                Map.of("d1", 2), Map.of("m1", 2));

        assertThat(Checks.of(ledger(), doubled).doubled()).hasSize(3);
    }

    @Test
    void anAcknowledgedDelegationsRecordInTheDeadLettersIsLost() {
        Dump healthy = healthy(List.of(), List.of());
        Dump deadLettered = new Dump(healthy.registrations(), healthy.itineraries(), healthy.events(),
                List.of(new Dump.DeadLetter("registration.delegations", "d1", "r2", "itinerary-service"),
                        new Dump.DeadLetter("registration.delegations", "poison-1", "p1", "itinerary-service")),
                healthy.alerts(), healthy.mailAlertIds(), healthy.smsKeys(), List.of(), Map.of(), Map.of());

        assertThat(Checks.of(ledger(), deadLettered).lost()).singleElement().asString().contains("dead-lettered by itinerary-service");
    }
}
