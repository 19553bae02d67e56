package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seeds the hotpot contest's teams into heats, in memory. The draw shuffles the teams with a
 * recorded seed, then places the teams of the countries with most teams first, each into the heat
 * with fewest teams of its country, then fewest teams, then first in order: each country's teams
 * spread evenly over the heats (at most one a heat where there are heats enough), no heat over its
 * capacity (a team that fits nowhere is left unplaced). When the heats are nearly full a team goes
 * where there is room, and a country may then have one team more in a heat than it needed. The
 * same seed and teams give the same draw.
 *
 * <p>A rebalance (a team withdrew or joined before the draw was frozen) keeps every team it can
 * where it was: it drops the teams gone, places the new ones by the same rule, then moves teams
 * from the fullest heat to the emptiest until their sizes differ by at most one.
 */
final class HeatDraw {

    /** A team as drawn: its delegation and country. */
    record Team(String delegationId, String country) {
    }

    /** Heat id → the delegations drawn into it, in the order drawn; and the teams no heat had room for. */
    record Drawn(Map<String, List<String>> heats, List<String> unplaced) {

        Drawn {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            heats.forEach((heat, teams) -> copy.put(heat, List.copyOf(teams)));
            heats = Collections.unmodifiableMap(copy);
            unplaced = List.copyOf(unplaced);
        }

        /** Each placed team's heat, by delegation id. */
        Map<String, String> heatOf() {
            Map<String, String> of = new HashMap<>();
            heats.forEach((heat, teams) -> teams.forEach(team -> of.put(team, heat)));
            return of;
        }
    }

    private HeatDraw() {
    }

    static Drawn draw(List<Team> teams, List<String> heats, int capacity, long seed) {
        Map<String, List<String>> placed = new LinkedHashMap<>();
        heats.forEach(heat -> placed.put(heat, new ArrayList<>()));
        List<String> unplaced = new ArrayList<>();
        place(shuffled(teams, seed), placed, capacity, countries(teams), unplaced);
        return new Drawn(placed, unplaced);
    }

    static Drawn rebalance(Drawn current, List<Team> teams, List<String> heats, int capacity, long seed) {
        Map<String, Team> present = teams.stream().collect(Collectors.toMap(Team::delegationId, Function.identity(), (a, b) -> a));
        Map<String, List<String>> placed = new LinkedHashMap<>();
        heats.forEach(heat -> placed.put(heat, new ArrayList<>(current.heats().getOrDefault(heat, List.of()).stream()
                .filter(present::containsKey).toList())));
        Set<String> kept = placed.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> unplaced = new ArrayList<>();
        place(shuffled(teams.stream().filter(t -> !kept.contains(t.delegationId())).toList(), seed), placed, capacity,
                countries(teams), unplaced);
        even(placed, countries(teams));
        return new Drawn(placed, unplaced);
    }

    /** The teams sorted by delegation (so the order given does not matter), shuffled by the seed. */
    private static List<Team> shuffled(List<Team> teams, long seed) {
        List<Team> order = new ArrayList<>(teams.stream().sorted(Comparator.comparing(Team::delegationId)).toList());
        Collections.shuffle(order, new Random(seed));
        return order;
    }

    private static Map<String, String> countries(List<Team> teams) {
        Map<String, String> countryOf = new HashMap<>();
        teams.forEach(t -> countryOf.put(t.delegationId(), String.valueOf(t.country())));
        return countryOf;
    }

    private static void place(List<Team> order, Map<String, List<String>> placed, int capacity, Map<String, String> countryOf,
                              List<String> unplaced) {
        Map<String, Long> perCountry = order.stream().collect(Collectors.groupingBy(t -> String.valueOf(t.country()), Collectors.counting()));
        List<Team> crowdedFirst = order.stream()
                .sorted(Comparator.comparing((Team t) -> -perCountry.getOrDefault(String.valueOf(t.country()), 0L)))
                .toList();
        for (Team team : crowdedFirst) {
            String country = String.valueOf(team.country());
            placed.entrySet().stream().filter(heat -> heat.getValue().size() < capacity)
                    .min(Comparator.comparingLong((Map.Entry<String, List<String>> heat) -> sameCountry(heat.getValue(), country, countryOf))
                            .thenComparingInt(heat -> heat.getValue().size()))
                    .ifPresentOrElse(heat -> heat.getValue().add(team.delegationId()), () -> unplaced.add(team.delegationId()));
        }
    }

    /** Moves teams from the fullest heat to the emptiest, the one whose country the emptiest has least of, until even. */
    private static void even(Map<String, List<String>> placed, Map<String, String> countryOf) {
        while (true) {
            List<String> fullest = placed.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
            List<String> emptiest = placed.values().stream().min(Comparator.comparingInt(List::size)).orElseThrow();
            if (fullest.size() - emptiest.size() <= 1) {
                return;
            }
            String moving = fullest.stream().min(Comparator.comparingLong((String team) -> sameCountry(emptiest, countryOf.get(team), countryOf))
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
            fullest.remove(moving);
            emptiest.add(moving);
        }
    }

    private static long sameCountry(List<String> heat, @Nullable String country, Map<String, String> countryOf) {
        return heat.stream().filter(team -> Objects.equals(country, countryOf.get(team))).count();
    }
}
