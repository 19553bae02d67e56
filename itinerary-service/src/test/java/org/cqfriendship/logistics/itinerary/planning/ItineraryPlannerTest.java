package org.cqfriendship.logistics.itinerary.planning;

import org.assertj.core.api.Assertions;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.programme.Programme;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ItineraryPlannerTest {

    static final Programme PROGRAMME = Programme.of(List.of(
            new Session("opening-ceremony", "Opening ceremony", "Main hall", at("2026-05-20T11:20"), at("2026-05-20T12:30"), false, false),
            new Session("exhibition", "Exhibition", "Hall", at("2026-05-20T13:30"), at("2026-05-20T18:00"), true, true),
            new Session("trade-matchmaking", "Trade matchmaking", "Rooms 1-4", at("2026-05-20T14:30"), at("2026-05-20T17:00"), true, false),
            new Session("culture-tourism-promotion", "Tourism promotion", "Auditorium", at("2026-05-20T15:00"), at("2026-05-20T16:30"), true, false),
            new Session("food-carnival", "Food carnival", "Plaza", at("2026-05-20T18:30"), at("2026-05-20T21:00"), true, false)));

    static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + ":00+08:00");
    }

    static Traveller flyingIn(String id, String name, String flight, String landsAt, String... attends) {
        return new Traveller(id, "MEMBER", name, new Arrival("AIR", flight, "CKG", at(landsAt).toInstant()), List.of(attends));
    }

    static RegisteredDelegation delegation(Traveller... members) {
        return new RegisteredDelegation("d-1", "Luang Prabang Province", "coord-demo", List.of(members));
    }

    static ItineraryPlanner planner(Duration buffer) {
        return new ItineraryPlanner(PROGRAMME, new PlanningSettings(buffer));
    }

    @Test
    void flagsAHeadLandingAt1040AsLateForThe1120OpeningCeremony() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(flyingIn("m-1", "Test Delegate", "QV619", "2026-05-20T10:40", "opening-ceremony")));

        assertThat(plan.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.LATE_ARRIVAL);
            assertThat(clash.sessionId()).isEqualTo("opening-ceremony");
            assertThat(clash.earliestAtVenue()).isEqualTo(at("2026-05-20T12:10").toInstant());
            assertThat(clash.explanation()).isEqualTo("Test Delegate arrives at CKG at 10:40 on 20 May (QV619); with 90 minutes"
                    + " to reach the venue the earliest arrival is 12:10, 50 minutes after Opening ceremony starts at 11:20.");
        });
    }

    @Test
    void findsNoClashWhenTheBufferEndsExactlyAtTheStart() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(flyingIn("m-1", "A", "QV619", "2026-05-20T09:50", "opening-ceremony")));

        assertThat(plan.clashes()).isEmpty();
    }

    @Test
    void takesTheBufferFromConfiguration() {
        var plan = planner(Duration.ofMinutes(30)).plan(delegation(flyingIn("m-1", "A", "QV619", "2026-05-20T10:40", "opening-ceremony")));

        assertThat(plan.clashes()).isEmpty();
    }

    @Test
    void judgesALateArrivalAgainstTheMembersFirstSessionOnly() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(flyingIn("m-1", "A", "CA1234", "2026-05-20T16:00", "food-carnival")));

        assertThat(plan.clashes()).isEmpty();
        assertThat(plan.entries()).extracting(ItineraryEntry::entryId)
                .containsExactly("pickup-m-1", "session-food-carnival");
    }

    @Test
    void picksUpMembersOnTheSameFlightTogetherAndOrdersEntriesByTime() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(
                flyingIn("m-1", "A", "QV619", "2026-05-20T08:00", "opening-ceremony"),
                flyingIn("m-2", "B", "QV619", "2026-05-20T08:00", "opening-ceremony"),
                flyingIn("m-3", "C", "CA441", "2026-05-19T21:00")));

        assertThat(plan.entries()).extracting(ItineraryEntry::kind).containsExactly(
                ItineraryEntry.Kind.PICKUP, ItineraryEntry.Kind.PICKUP, ItineraryEntry.Kind.SESSION);
        assertThat(plan.entries().get(1).memberNames()).containsExactly("A", "B");
        assertThat(plan.entries().get(2).memberNames()).containsExactly("A", "B");
    }

    @Test
    void plansNoPickupForAMemberWithoutArrival() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(
                new Traveller("m-1", "HEAD", "Video Speaker", null, List.of("opening-ceremony"))));

        assertThat(plan.entries()).extracting(ItineraryEntry::kind).containsExactly(ItineraryEntry.Kind.SESSION);
        assertThat(plan.clashes()).isEmpty();
    }

    @Test
    void flagsTwoSessionsOfOneMemberThatOverlap() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(
                new Traveller("m-1", "MEMBER", "A", null, List.of("trade-matchmaking", "culture-tourism-promotion", "food-carnival"))));

        assertThat(plan.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.OVERLAPPING_SESSIONS);
            assertThat(clash.explanation()).isEqualTo("A is signed up for Trade matchmaking (14:30–17:00) and Tourism promotion"
                    + " (15:00–16:30), which overlap by 90 minutes.");
        });
    }

    @Test
    void aPartOfAnEventDoesNotClashWithTheEventButStillWithAnythingElse() {
        Session tables = new Session("matchmaking-tables-1-20", "Matchmaking: tables 1-20", "Room 1", at("2026-05-20T14:30"),
                at("2026-05-20T17:00"), true, false, 60, List.of(), null, "trade-matchmaking");
        ItineraryPlanner planner = new ItineraryPlanner(id -> id.equals(tables.id()) ? Optional.of(tables) : PROGRAMME.session(id),
                new PlanningSettings(Duration.ofMinutes(90)));

        var atTheirTable = planner.plan(delegation(
                new Traveller("m-1", "MEMBER", "A", null, List.of("trade-matchmaking", "matchmaking-tables-1-20"))));
        var alsoAtThePromotion = planner.plan(delegation(new Traveller("m-1", "MEMBER", "A", null,
                List.of("trade-matchmaking", "matchmaking-tables-1-20", "culture-tourism-promotion"))));

        assertThat(atTheirTable.clashes()).isEmpty();
        assertThat(atTheirTable.entries()).hasSize(2);
        assertThat(alsoAtThePromotion.clashes()).singleElement().satisfies(clash ->
                assertThat(clash.explanation()).contains("Matchmaking: tables 1-20", "Tourism promotion"));
    }

    @Test
    void flagsADepartureBeforeTheEndOfASignedUpSession() {
        var leavesEarly = new Traveller("m-1", "MEMBER", "A", null, List.of("opening-ceremony", "food-carnival"),
                at("2026-05-20T20:30").toInstant());

        var plan = planner(Duration.ofMinutes(90)).plan(delegation(leavesEarly));

        assertThat(plan.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.DEPARTS_BEFORE_END);
            assertThat(clash.sessionId()).isEqualTo("food-carnival");
            assertThat(clash.explanation()).contains("departs at 20:30 on 20 May", "leave the venue by 19:00", "ends at 21:00");
        });
    }

    @Test
    void aSessionMovedOutsideAMembersStayIsAClashEitherWay() {
        var staying = new Traveller("m-1", "MEMBER", "A", new Arrival("AIR", "QV619", "CKG", at("2026-05-19T16:00").toInstant()),
                List.of("food-carnival"), at("2026-05-21T12:00").toInstant());

        assertThat(planner(Duration.ofMinutes(90)).plan(delegation(staying), carnivalAt("2026-05-19T15:00", "2026-05-19T17:00")).clashes())
                .singleElement().satisfies(clash -> {
                    assertThat(clash.kind()).isEqualTo(Clash.Kind.OUTSIDE_STAY);
                    assertThat(clash.earliestAtVenue()).isEqualTo(at("2026-05-19T17:30").toInstant());
                    assertThat(clash.departureAt()).isNull();
                    assertThat(clash.explanation()).isEqualTo("A arrives at CKG at 16:00 on 19 May (QV619) and can be at a venue from 17:30;"
                            + " Food carnival (15:00–17:00 on 19 May) is over by then.");
                });
        assertThat(planner(Duration.ofMinutes(90)).plan(delegation(staying), carnivalAt("2026-05-21T11:00", "2026-05-21T13:00")).clashes())
                .singleElement().satisfies(clash -> {
                    assertThat(clash.kind()).isEqualTo(Clash.Kind.OUTSIDE_STAY);
                    assertThat(clash.departureAt()).isEqualTo(at("2026-05-21T12:00").toInstant());
                    assertThat(clash.earliestAtVenue()).isNull();
                    assertThat(clash.explanation()).isEqualTo("A departs at 12:00 on 21 May and must leave the venues by 10:30;"
                            + " Food carnival (11:00–13:00 on 21 May) starts after that.");
                });
        assertThat(planner(Duration.ofMinutes(90)).plan(delegation(staying), PROGRAMME).clashes()).isEmpty();
    }

    @Test
    void aSessionPartlyInsideTheStayIsALateArrivalOrAnEarlyDeparture() {
        var staying = new Traveller("m-1", "MEMBER", "A", new Arrival("AIR", "QV619", "CKG", at("2026-05-19T16:00").toInstant()),
                List.of("food-carnival"), at("2026-05-21T12:00").toInstant());

        assertThat(planner(Duration.ofMinutes(90)).plan(delegation(staying), carnivalAt("2026-05-19T17:00", "2026-05-19T19:00")).clashes())
                .extracting(Clash::kind).containsExactly(Clash.Kind.LATE_ARRIVAL);
        assertThat(planner(Duration.ofMinutes(90)).plan(delegation(staying), carnivalAt("2026-05-21T10:00", "2026-05-21T12:00")).clashes())
                .extracting(Clash::kind).containsExactly(Clash.Kind.DEPARTS_BEFORE_END);
    }

    @Test
    void missingTheOpeningWhollyIsOutsideTheStayAndTheNextSessionIsWhatTheyAreLateFor() {
        var member = flyingIn("m-1", "A", "QV619", "2026-05-20T13:30", "opening-ceremony", "trade-matchmaking");

        var plan = planner(Duration.ofMinutes(90)).plan(delegation(member));

        assertThat(plan.clashes()).extracting(Clash::kind, Clash::sessionId).containsExactly(
                Assertions.tuple(Clash.Kind.OUTSIDE_STAY, "opening-ceremony"),
                Assertions.tuple(Clash.Kind.LATE_ARRIVAL, "trade-matchmaking"));
    }

    private static Programme carnivalAt(String starts, String ends) {
        return Programme.of(List.of(new Session("food-carnival", "Food carnival", "Plaza", at(starts), at(ends), true, false)));
    }

    @Test
    void aDropInExhibitionOverlapsNothing() {
        var plan = planner(Duration.ofMinutes(90)).plan(delegation(
                new Traveller("m-1", "MEMBER", "A", null, List.of("exhibition", "trade-matchmaking"))));

        assertThat(plan.clashes()).isEmpty();
    }

    @Test
    void givesAVideoLinkSpeakerTheirSpeechAndATechCheckInTheirOwnZone() {
        var speaker = new Traveller("m-1", "HEAD", "Mayor W", null, List.of("opening-ceremony"), null, "America/Los_Angeles", Needs.NONE, null);

        var plan = planner(Duration.ofMinutes(90)).plan(delegation(speaker));

        assertThat(plan.entries()).extracting(ItineraryEntry::kind).containsExactly(
                ItineraryEntry.Kind.TECH_CHECK, ItineraryEntry.Kind.SESSION, ItineraryEntry.Kind.VIDEO_SPEECH);
        ItineraryEntry techCheck = plan.entries().get(0);
        assertThat(techCheck.startsAt()).isEqualTo(at("2026-05-20T10:20").toInstant());
        assertThat(techCheck.timeZone()).isEqualTo("America/Los_Angeles");
        assertThat(techCheck.startsAt().atZone(ZoneId.of(techCheck.timeZone())).toLocalDateTime())
                .as("19:20 the evening before in Seattle").isEqualTo(LocalDateTime.parse("2026-05-19T19:20"));
        assertThat(plan.clashes()).isEmpty();
    }
}
