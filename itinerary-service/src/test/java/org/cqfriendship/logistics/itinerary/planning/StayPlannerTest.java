package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Stay;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.RoomBooking.Lodging;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cqfriendship.logistics.itinerary.planning.ItineraryPlannerTest.at;
import static org.cqfriendship.logistics.itinerary.planning.ItineraryPlannerTest.delegation;

/** The stay around the sessions: hotels, where pickups drive, drop-offs before departures, and hotel nights that do not work. */
class StayPlannerTest {

    static final RoomBooking.Hotel RIVERSIDE = new RoomBooking.Hotel("riverside", "Riverside Hotel", "1 Riverside Avenue",
            LocalTime.of(14, 0), LocalTime.NOON, 10, Map.of("CKG", 35, "CQW", 40));
    static final ItineraryPlanner PLANNER = new ItineraryPlanner(ItineraryPlannerTest.PROGRAMME, new PlanningSettings(Duration.ofMinutes(90)),
            new StaySettings("Main hall", Map.of("CKG", 40), null, null, null, null));

    static Traveller staying(String id, String role, String landsAt, String leavesAt, String departureMode, String... nights) {
        return new Traveller(id, role, "Guest " + id, landsAt == null ? null : new Arrival("AIR", "QV619", "CKG", at(landsAt).toInstant()),
                List.of(), leavesAt == null ? null : at(leavesAt).toInstant(), null, Needs.NONE,
                new Stay(List.of(nights).stream().map(LocalDate::parse).toList(), departureMode, "QV620", "CKG"));
    }

    static Map<String, Lodging> inRiverside(Traveller member, String type) {
        return Map.of(member.memberId(), new Lodging(RIVERSIDE, type, 1, member.stay().hotelNights(), List.of(), null));
    }

    @Test
    void aMemberWithARoomHasTheHotelOnTheItineraryAndThePickupDrivesThere() {
        Traveller head = staying("m-1", "HEAD", "2026-05-19T10:40", "2026-05-23T14:00", "AIR", "2026-05-19", "2026-05-20", "2026-05-21",
                "2026-05-22");

        var plan = PLANNER.plan(delegation(head), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(head, "SUITE"));

        assertThat(plan.entries()).filteredOn(e -> e.kind() == ItineraryEntry.Kind.HOTEL).singleElement().satisfies(hotel -> {
            assertThat(hotel.title()).isEqualTo("Riverside Hotel: suite, 4 nights from 19 May");
            assertThat(hotel.place()).isEqualTo("1 Riverside Avenue");
            assertThat(hotel.startsAt()).isEqualTo(at("2026-05-19T14:00").toInstant());
            assertThat(hotel.endsAt()).isEqualTo(at("2026-05-23T12:00").toInstant());
        });
        assertThat(plan.entries()).filteredOn(e -> e.kind() == ItineraryEntry.Kind.PICKUP).singleElement()
                .satisfies(pickup -> assertThat(pickup.title()).isEqualTo("Pickup at CKG (QV619) to Riverside Hotel (35 min drive)"));
        assertThat(plan.clashes()).isEmpty();
    }

    @Test
    void theDropOffLeavesTheHotelInTimeToBeAtTheAirportTwoHoursBeforeAnInternationalFlight() {
        Traveller member = staying("m-1", "MEMBER", "2026-05-19T10:40", "2026-05-23T14:00", "AIR", "2026-05-19", "2026-05-20",
                "2026-05-21", "2026-05-22");

        var plan = PLANNER.plan(delegation(member), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(member, "SINGLE"));

        assertThat(plan.entries()).filteredOn(e -> e.kind() == ItineraryEntry.Kind.DROP_OFF).singleElement().satisfies(dropOff -> {
            assertThat(dropOff.startsAt()).isEqualTo(at("2026-05-23T11:25").toInstant());
            assertThat(dropOff.endsAt()).isEqualTo(at("2026-05-23T12:00").toInstant());
            assertThat(dropOff.place()).isEqualTo("Riverside Hotel");
            assertThat(dropOff.title()).contains("to CKG for QV620");
        });
    }

    @Test
    void aTrainLeavesHalfAnHourAheadAndARoadDepartureHasNoDropOff() {
        Traveller byTrain = staying("m-1", "MEMBER", "2026-05-19T10:40", "2026-05-23T14:00", "RAIL", "2026-05-19");
        Traveller byRoad = staying("m-2", "MEMBER", "2026-05-19T10:40", "2026-05-23T16:00", "ROAD", "2026-05-19");

        var plan = PLANNER.plan(delegation(byTrain, byRoad), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, Map.of());

        assertThat(plan.entries()).filteredOn(e -> e.kind() == ItineraryEntry.Kind.DROP_OFF).singleElement().satisfies(dropOff -> {
            // No room: from the venue, 40 minutes from CKG.
            assertThat(dropOff.startsAt()).isEqualTo(at("2026-05-23T12:50").toInstant());
            assertThat(dropOff.memberNames()).containsExactly("Guest m-1");
        });
    }

    @Test
    void anArrivalByRoadHasNoPickup() {
        Traveller driving = new Traveller("m-1", "MEMBER", "Driver", new Arrival("ROAD", null, "CKG", at("2026-05-19T10:00").toInstant()),
                List.of());

        assertThat(PLANNER.plan(delegation(driving)).entries()).noneMatch(e -> e.kind() == ItineraryEntry.Kind.PICKUP);
    }

    @Test
    void aPartyLandingTheMorningOfItsFirstSessionGoesStraightToTheVenueWhenOnlyThatMakesIt() {
        // Lands 09:30: at the venue directly by 11:00, by way of the hotel (50 min off the flight, 35 to the hotel,
        // 30 there, 10 on) only at 11:35, after the opening at 11:20.
        Traveller late = new Traveller("m-1", "MEMBER", "Late", new Arrival("AIR", "QV619", "CKG", at("2026-05-20T09:30").toInstant()),
                List.of("opening-ceremony"), null, null, Needs.NONE, new Stay(List.of(LocalDate.parse("2026-05-20")), null, null, null));

        var plan = PLANNER.plan(delegation(late), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(late, "SINGLE"));

        assertThat(plan.entries()).filteredOn(e -> e.kind() == ItineraryEntry.Kind.PICKUP).singleElement().satisfies(pickup -> {
            assertThat(pickup.title()).startsWith("Pickup at CKG (QV619), straight to Main hall for Opening ceremony (40 min drive)")
                    .contains("by way of Riverside Hotel");
            assertThat(pickup.facts().hotel()).isNull();
            assertThat(pickup.facts().sessionId()).isEqualTo("opening-ceremony");
        });
    }

    @Test
    void hotelNightsThatDoNotCoverTheStayAreAClashThatSaysWhichNightsWould() {
        Traveller member = staying("m-1", "MEMBER", "2026-05-20T10:40", "2026-05-23T14:00", "AIR", "2026-05-19", "2026-05-20");

        var plan = PLANNER.plan(delegation(member), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(member, "SINGLE"));

        assertThat(plan.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.NIGHTS_OUTSIDE_STAY);
            assertThat(clash.explanation()).isEqualTo("Guest m-1 asked for hotel nights of 19 May, 20 May but arrives on 20 May and "
                    + "departs on 23 May; the nights of 20 May, 21 May, 22 May would cover the stay.");
        });
    }

    @Test
    void aNightWithNoRoomLeftIsAClash() {
        Traveller member = staying("m-1", "MEMBER", "2026-05-20T10:40", "2026-05-21T14:00", "AIR", "2026-05-20");
        Map<String, Lodging> none = Map.of("m-1", new Lodging(null, null, 0, List.of(), List.of(LocalDate.parse("2026-05-20")), null));

        var plan = PLANNER.plan(delegation(member), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, none);

        assertThat(plan.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.kind()).isEqualTo(Clash.Kind.NO_ROOM);
            assertThat(clash.clashId()).isEqualTo("no-room:m-1");
            assertThat(clash.explanation()).contains("for the night of 20 May");
        });
        assertThat(plan.entries()).noneMatch(e -> e.kind() == ItineraryEntry.Kind.HOTEL);
    }

    @Test
    void aDelayedDepartureMovesItsDropOffAndNothingElse() {
        Traveller leaving = staying("m-1", "MEMBER", "2026-05-19T10:40", "2026-05-23T14:00", "AIR", "2026-05-19", "2026-05-20",
                "2026-05-21", "2026-05-22");
        var delay = new RosterChange.FlightStatusChanged("QV620", LocalDate.parse("2026-05-23"),
                RosterChange.FlightStatusChanged.Status.DELAYED, at("2026-05-23T16:00").toInstant(), at("2026-05-23T09:00").toInstant());
        var before = PLANNER.plan(delegation(leaving), ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(leaving, "SINGLE"));

        var delayed = delay.applyTo(delegation(leaving));
        var after = PLANNER.plan(delayed, ItineraryPlannerTest.PROGRAMME, Seating.UNLIMITED, inRiverside(leaving, "SINGLE"));

        assertThat(delay.touches(delegation(leaving))).isTrue();
        assertThat(ItineraryService.entryChanges(before.entries(), after.entries())).singleElement().satisfies(change -> {
            assertThat(change.entryId()).isEqualTo("drop-off-m-1");
            assertThat(change.after().startsAt()).isEqualTo(at("2026-05-23T13:25").toInstant());
            assertThat(change.after().title()).contains("leaves at 16:00, re-timed from 14:00");
        });
        assertThat(delay.applyTo(delayed)).as("the same report again changes nothing").isEqualTo(delayed);
    }
}
