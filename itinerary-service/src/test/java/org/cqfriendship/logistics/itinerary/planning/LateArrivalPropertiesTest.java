package org.cqfriendship.logistics.itinerary.planning;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The late-arrival and outside-the-stay rules over arrivals from days before the opening to hours after it, and any buffer. */
class LateArrivalPropertiesTest {

    static final Instant OPENING = ItineraryPlannerTest.at("2026-05-20T11:20").toInstant();

    static final Instant OPENING_ENDS = ItineraryPlannerTest.at("2026-05-20T12:30").toInstant();

    @Property
    void aClashExactlyWhenArrivalPlusBufferIsAfterTheStart(@ForAll @IntRange(min = -4000, max = 600) int minutesFromOpening,
                                                           @ForAll @IntRange(min = 0, max = 300) int bufferMinutes) {
        Instant arrival = OPENING.plus(Duration.ofMinutes(minutesFromOpening));
        var member = new Traveller("m-1", "HEAD", "A", new Arrival("AIR", "QV619", "CKG", arrival), List.of("opening-ceremony"));
        var plan = ItineraryPlannerTest.planner(Duration.ofMinutes(bufferMinutes)).plan(ItineraryPlannerTest.delegation(member));

        Instant earliest = arrival.plus(Duration.ofMinutes(bufferMinutes));
        boolean late = earliest.isAfter(OPENING);
        assertThat(plan.clashes()).hasSize(late ? 1 : 0);
        plan.clashes().forEach(clash -> {
            // Late for the start while the ceremony is still on; once it is over by then, it is outside the stay.
            if (earliest.isBefore(OPENING_ENDS)) {
                assertThat(clash.kind()).isEqualTo(Clash.Kind.LATE_ARRIVAL);
                assertThat(clash.explanation()).contains((minutesFromOpening + bufferMinutes) + " minutes after Opening ceremony");
            } else {
                assertThat(clash.kind()).isEqualTo(Clash.Kind.OUTSIDE_STAY);
                assertThat(clash.explanation()).contains("Opening ceremony (11:20–12:30 on 20 May) is over by then");
            }
        });
    }

    @Property
    void everyArrivingMemberIsInExactlyOnePickup(@ForAll @IntRange(min = 1, max = 40) int members,
                                                 @ForAll @IntRange(min = 1, max = 5) int flights) {
        var travellers = IntStream.range(0, members).mapToObj(i -> new Traveller("m-" + i, "MEMBER", "P" + i,
                new Arrival("AIR", "QV" + (600 + i % flights), "CKG", OPENING.minus(Duration.ofHours(3 + i % flights))),
                List.of())).toArray(Traveller[]::new);
        var plan = ItineraryPlannerTest.planner(Duration.ofMinutes(90)).plan(ItineraryPlannerTest.delegation(travellers));

        var picked = plan.entries().stream().filter(e -> e.kind() == ItineraryEntry.Kind.PICKUP)
                .flatMap(e -> e.memberNames().stream()).toList();
        assertThat(picked).hasSize(members).doesNotHaveDuplicates();
        assertThat(plan.entries().stream().filter(e -> e.kind() == ItineraryEntry.Kind.PICKUP)).hasSize(Math.min(members, flights));
    }
}
