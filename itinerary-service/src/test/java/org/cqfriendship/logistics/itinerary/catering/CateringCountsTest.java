package org.cqfriendship.logistics.itinerary.catering;

import org.assertj.core.groups.Tuple;
import org.cqfriendship.logistics.itinerary.planning.Needs;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.SessionAttendees.Attendee;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CateringCountsTest {

    static final Session CARNIVAL = new Session("food-carnival", "Food carnival", "Riverside plaza",
            OffsetDateTime.parse("2026-05-20T18:30:00+08:00"), OffsetDateTime.parse("2026-05-20T21:00:00+08:00"), true, false,
            500, List.of(), "Dinner at the stalls");

    static Attendee diner(String locality, String name, Set<String> diets, Set<String> allergens, String accessibility) {
        return new Attendee(locality + "-id", locality, new Traveller(name, "MEMBER", name, null, List.of("food-carnival"), null, null,
                new Needs(List.of(), List.of(), diets, allergens, accessibility), null));
    }

    @Test
    void countsEachDietAndAllergenWithTheNamesBehindIt() {
        MealCount count = CateringCounts.count(CARNIVAL, List.of(
                diner("Gauteng Province", "Premier M", Set.of("HALAL"), Set.of("PEANUTS"), null),
                diner("Jizzakh Region", "Governor M", Set.of("HALAL", "NO_SPICY_FOOD"), Set.of(), "Wheelchair"),
                diner("Pest County", "Ádám Example", Set.of(), Set.of("PEANUTS", "SESAME"), null),
                diner("Seattle", "Staffer", Set.of(), Set.of(), null)));

        assertThat(count.diners()).isEqualTo(4);
        assertThat(count.diets()).extracting(MealCount.Line::need, MealCount.Line::count)
                .containsExactly(Tuple.tuple("HALAL", 2), Tuple.tuple("NO_SPICY_FOOD", 1));
        assertThat(count.diets().get(0).names()).containsExactly("Premier M (Gauteng Province)", "Governor M (Jizzakh Region)");
        assertThat(count.allergens()).extracting(MealCount.Line::need, MealCount.Line::count)
                .containsExactly(Tuple.tuple("PEANUTS", 2), Tuple.tuple("SESAME", 1));
        assertThat(count.accessibility()).containsExactly("Governor M (Jizzakh Region): Wheelchair");
    }

    @Test
    void aMealNobodySignedUpForCountsNothing() {
        MealCount count = CateringCounts.count(CARNIVAL, List.of());

        assertThat(count.diners()).isZero();
        assertThat(count.diets()).isEmpty();
        assertThat(count.allergens()).isEmpty();
    }
}
