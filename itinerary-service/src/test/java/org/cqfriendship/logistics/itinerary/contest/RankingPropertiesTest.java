package org.cqfriendship.logistics.itinerary.contest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking any judges' scores of any teams: every team ranked once, 1 to n; higher totals first,
 * ties broken by taste, then technique, then presentation, then the order drawn; the totals are
 * the scores summed; the same ranking whatever order the sheets come in; a team given one point
 * more never falls; the first k ranks, and only they, are finalists.
 */
class RankingPropertiesTest {

    static final List<String> CRITERIA = List.of("taste", "technique", "presentation");

    /** Judges' sheets over teams t0..t(n-1): each judge scores each team 1–10 on each criterion (few values, so ties are common). */
    record Contest(List<String> teams, List<Map<String, Map<String, Integer>>> sheets) {
    }

    @Provide
    Arbitrary<Contest> contests() {
        Arbitrary<Integer> teamCount = Arbitraries.integers().between(1, 10);
        Arbitrary<Integer> judgeCount = Arbitraries.integers().between(1, 4);
        return Combinators.combine(teamCount, judgeCount).flatAs((teams, judges) ->
                Arbitraries.integers().between(1, 3).list().ofSize(teams * judges * CRITERIA.size()).map(scores -> {
                    List<String> names = IntStream.range(0, teams).mapToObj(i -> "t" + i).toList();
                    List<Map<String, Map<String, Integer>>> sheets = new ArrayList<>();
                    int next = 0;
                    for (int j = 0; j < judges; j++) {
                        Map<String, Map<String, Integer>> sheet = new HashMap<>();
                        for (String team : names) {
                            Map<String, Integer> byCriterion = new HashMap<>();
                            for (String criterion : CRITERIA) {
                                byCriterion.put(criterion, scores.get(next++));
                            }
                            sheet.put(team, byCriterion);
                        }
                        sheets.add(sheet);
                    }
                    return new Contest(names, sheets);
                }));
    }

    @Property
    void everyTeamOnceInTieBreakOrderWithItsScoresSummed(@ForAll("contests") Contest contest, @ForAll @IntRange(max = 4) int finalists) {
        List<Ranking.Standing> ranked = Ranking.rank(contest.teams(), contest.sheets(), CRITERIA, finalists);

        assertThat(ranked).extracting(Ranking.Standing::rank).containsExactlyElementsOf(IntStream.rangeClosed(1, contest.teams().size()).boxed().toList());
        assertThat(ranked).extracting(Ranking.Standing::delegationId).containsExactlyInAnyOrderElementsOf(contest.teams());
        for (Ranking.Standing s : ranked) {
            int summed = contest.sheets().stream().mapToInt(sheet -> sheet.get(s.delegationId()).values().stream().mapToInt(Integer::intValue).sum()).sum();
            assertThat(s.total()).isEqualTo(summed);
            assertThat(s.finalist()).isEqualTo(s.rank() <= finalists);
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(compare(ranked.get(i - 1), ranked.get(i), contest.teams())).as("%s before %s", ranked.get(i - 1), ranked.get(i))
                    .isLessThan(0);
        }
    }

    @Property
    void theOrderOfTheSheetsDoesNotMatter(@ForAll("contests") Contest contest) {
        List<Map<String, Map<String, Integer>>> reversed = new ArrayList<>(contest.sheets());
        Collections.reverse(reversed);
        assertThat(Ranking.rank(contest.teams(), reversed, CRITERIA, 2)).isEqualTo(Ranking.rank(contest.teams(), contest.sheets(), CRITERIA, 2));
    }

    @Property
    void aTeamGivenOnePointMoreNeverFalls(@ForAll("contests") Contest contest, @ForAll @IntRange(max = 9) int teamIndex,
                                          @ForAll @IntRange(max = 2) int criterionIndex) {
        String team = contest.teams().get(teamIndex % contest.teams().size());
        String criterion = CRITERIA.get(criterionIndex);
        List<Map<String, Map<String, Integer>>> raised = new ArrayList<>();
        for (Map<String, Map<String, Integer>> sheet : contest.sheets()) {
            Map<String, Map<String, Integer>> copy = new HashMap<>();
            sheet.forEach((t, scores) -> copy.put(t, new HashMap<>(scores)));
            raised.add(copy);
        }
        raised.get(0).get(team).merge(criterion, 1, Integer::sum);

        assertThat(rankOf(team, Ranking.rank(contest.teams(), raised, CRITERIA, 0)))
                .isLessThanOrEqualTo(rankOf(team, Ranking.rank(contest.teams(), contest.sheets(), CRITERIA, 0)));
    }

    /** The stated tie-break: total, then each criterion in order, then the order drawn (negative: {@code a} ranks first). */
    private static int compare(Ranking.Standing a, Ranking.Standing b, List<String> drawn) {
        if (a.total() != b.total()) {
            return Integer.compare(b.total(), a.total());
        }
        for (String criterion : CRITERIA) {
            if (!a.byCriterion().get(criterion).equals(b.byCriterion().get(criterion))) {
                return Integer.compare(b.byCriterion().get(criterion), a.byCriterion().get(criterion));
            }
        }
        return Integer.compare(drawn.indexOf(a.delegationId()), drawn.indexOf(b.delegationId()));
    }

    private static int rankOf(String team, List<Ranking.Standing> ranked) {
        return ranked.stream().filter(s -> s.delegationId().equals(team)).findFirst().orElseThrow().rank();
    }
}
