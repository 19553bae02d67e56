package org.cqfriendship.logistics.itinerary.contest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a round's teams from the judges' scores, in memory. A team's total is the sum of every
 * judge's score on every criterion. Ties are broken, in this order, by the higher sum on each
 * criterion in its configured order (taste first), then by the order the teams were drawn into
 * the heat (random, from the draw's recorded seed), so the ranking is strict and the same scores
 * always give the same ranking. The first {@code finalists} ranks go to the final.
 */
final class Ranking {

    /** One team's place: its rank (1 first), total, sum per criterion, and whether it cooks in the final. */
    record Standing(String delegationId, int rank, int total, Map<String, Integer> byCriterion, boolean finalist) {
    }

    private Ranking() {
    }

    /**
     * @param teams    the round's teams in the order drawn (for the final: by heat, then rank in it)
     * @param sheets   each judge's scores: team → criterion → score (missing scores count nothing)
     * @param criteria the criteria, in tie-break order
     */
    static List<Standing> rank(List<String> teams, Collection<Map<String, Map<String, Integer>>> sheets, List<String> criteria,
                               int finalists) {
        List<Standing> unranked = new ArrayList<>();
        for (String team : teams) {
            Map<String, Integer> byCriterion = new LinkedHashMap<>();
            criteria.forEach(criterion -> byCriterion.put(criterion, 0));
            for (Map<String, Map<String, Integer>> sheet : sheets) {
                Map<String, Integer> scores = sheet.getOrDefault(team, Map.of());
                criteria.forEach(criterion -> byCriterion.merge(criterion, scores.getOrDefault(criterion, 0), Integer::sum));
            }
            int total = byCriterion.values().stream().mapToInt(Integer::intValue).sum();
            unranked.add(new Standing(team, 0, total, byCriterion, false));
        }
        Comparator<Standing> order = Comparator.comparingInt((Standing s) -> -s.total());
        for (String criterion : criteria) {
            order = order.thenComparingInt(s -> -s.byCriterion().getOrDefault(criterion, 0));
        }
        order = order.thenComparingInt(s -> teams.indexOf(s.delegationId()));
        List<Standing> sorted = unranked.stream().sorted(order).toList();
        List<Standing> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Standing s = sorted.get(i);
            ranked.add(new Standing(s.delegationId(), i + 1, s.total(), s.byCriterion(), i < finalists));
        }
        return List.copyOf(ranked);
    }
}
