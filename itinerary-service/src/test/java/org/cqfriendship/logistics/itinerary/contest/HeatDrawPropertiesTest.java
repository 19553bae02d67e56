package org.cqfriendship.logistics.itinerary.contest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hotpot draw over any teams from any countries, any number of heats and any capacity: every
 * team once (in a heat, or unplaced only when every heat is full), no heat over capacity, each
 * country's teams spread over the heats as evenly as they can be when no heat is short of room
 * (with little room the draw places teams where there is room first), the same draw from the same seed
 * whatever order the teams come in; and a rebalance after teams leave or join keeps these and
 * evens the heats.
 */
class HeatDrawPropertiesTest {

    @Provide
    Arbitrary<List<HeatDraw.Team>> teams() {
        return Arbitraries.of("LA", "HU", "RU", "FR", "ES").list().ofMaxSize(30)
                .map(countries -> IntStream.range(0, countries.size()).mapToObj(i -> new HeatDraw.Team("d" + i, countries.get(i))).toList());
    }

    static List<String> heats(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "heat-" + i).toList();
    }

    @Property
    void everyTeamOnceNoHeatOverfullCountriesSpreadAndTheSeedRepeatsTheDraw(@ForAll("teams") List<HeatDraw.Team> teams,
                                                                           @ForAll @IntRange(min = 1, max = 4) int heatCount,
                                                                           @ForAll @IntRange(min = 1, max = 40) int capacity,
                                                                           @ForAll long seed) {
        HeatDraw.Drawn drawn = HeatDraw.draw(teams, heats(heatCount), capacity, seed);
        assertRules(drawn, teams, heatCount, capacity);
        if (capacity >= teams.size()) {
            assertCountriesSpread(drawn, teams);
        }
        List<HeatDraw.Team> reversed = new ArrayList<>(teams);
        Collections.reverse(reversed);
        assertThat(HeatDraw.draw(reversed, heats(heatCount), capacity, seed)).isEqualTo(drawn);
    }

    @Property
    void aRebalanceAfterTeamsLeaveAndJoinKeepsTheRulesAndEvensTheHeats(@ForAll("teams") List<HeatDraw.Team> teams,
                                                                       @ForAll @IntRange(min = 0, max = 30) int leaving,
                                                                       @ForAll @IntRange(min = 1, max = 4) int heatCount,
                                                                       @ForAll long seed) {
        int capacity = 30;
        HeatDraw.Drawn drawn = HeatDraw.draw(teams, heats(heatCount), capacity, seed);
        List<HeatDraw.Team> now = new ArrayList<>(teams.stream().filter(t -> Integer.parseInt(t.delegationId().substring(1)) >= leaving).toList());
        now.add(new HeatDraw.Team("joining", "LA"));
        HeatDraw.Drawn rebalanced = HeatDraw.rebalance(drawn, now, heats(heatCount), capacity, seed);

        assertRules(rebalanced, now, heatCount, capacity);
        List<Integer> sizes = rebalanced.heats().values().stream().map(List::size).toList();
        assertThat(Collections.max(sizes) - Collections.min(sizes)).as("heats even after a rebalance").isLessThanOrEqualTo(1);
        // With nobody leaving and nobody to even out, every team keeps its heat.
        if (leaving == 0 && Collections.max(drawnSizes(drawn)) - Collections.min(drawnSizes(drawn)) == 0) {
            Map<String, String> before = drawn.heatOf();
            assertThat(rebalanced.heatOf()).containsAllEntriesOf(before);
        }
    }

    private static List<Integer> drawnSizes(HeatDraw.Drawn drawn) {
        return drawn.heats().values().stream().map(List::size).toList();
    }

    private static void assertRules(HeatDraw.Drawn drawn, List<HeatDraw.Team> teams, int heatCount, int capacity) {
        List<String> placed = drawn.heats().values().stream().flatMap(List::stream).toList();
        List<String> all = new ArrayList<>(placed);
        all.addAll(drawn.unplaced());
        assertThat(all).as("every team once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(teams.stream().map(HeatDraw.Team::delegationId).toList());
        assertThat(drawn.heats()).hasSize(heatCount).allSatisfy((heat, in) -> assertThat(in).hasSizeLessThanOrEqualTo(capacity));
        if (!drawn.unplaced().isEmpty()) {
            assertThat(drawn.heats().values()).as("unplaced only when every heat is full").allMatch(in -> in.size() == capacity);
        }
    }

    /** Each country's teams differ by at most one between any two heats. */
    private static void assertCountriesSpread(HeatDraw.Drawn drawn, List<HeatDraw.Team> teams) {
        Map<String, String> countryOf = teams.stream().collect(Collectors.toMap(HeatDraw.Team::delegationId, HeatDraw.Team::country));
        for (String country : teams.stream().map(HeatDraw.Team::country).distinct().toList()) {
            List<Long> perHeat = drawn.heats().values().stream()
                    .map(in -> in.stream().filter(team -> country.equals(countryOf.get(team))).count()).toList();
            assertThat(Collections.max(perHeat) - Collections.min(perHeat)).as(country + " spread over the heats").isLessThanOrEqualTo(1);
        }
    }
}
