package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One judge's scores for one round (one document, id {@code <round>:<judge>}): team (delegation
 * id) → criterion → score, each set by itself as the judge types it; and when the judge submitted
 * the sheet, after which it no longer changes.
 */
@Document("hotpot_scores")
public record ScoreSheet(@Id String id, String round, String judge, Map<String, Map<String, Integer>> scores, @Nullable Instant submittedAt) {

    public ScoreSheet {
        scores = scores == null ? Map.of() : scores;
    }

    static String id(String round, String judge) {
        return round + ":" + judge;
    }

    static ScoreSheet blank(String round, String judge) {
        return new ScoreSheet(id(round, judge), round, judge, Map.of(), null);
    }

    public @Nullable Integer score(String team, String criterion) {
        return scores.getOrDefault(team, Map.of()).get(criterion);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** Every team scored on every criterion. */
    boolean complete(List<String> teams, List<String> criteria) {
        return teams.stream().allMatch(team -> criteria.stream().allMatch(criterion -> score(team, criterion) != null));
    }
}
