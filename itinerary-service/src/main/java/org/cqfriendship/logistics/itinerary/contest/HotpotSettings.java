package org.cqfriendship.logistics.itinerary.contest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The hotpot contest ({@code itinerary.contest.hotpot}).
 *
 * @param heats             the programme's heat sessions teams are drawn into, in order
 * @param teamsPerHeat      how many teams one heat's kitchen takes
 * @param finalSession      the programme's session of the final (none: the heats are the contest)
 * @param finalistsPerHeat  how many of each heat's best teams cook in the final
 * @param criteria          what each judge scores every team on, in the order ties are broken by
 * @param lowestScore       the lowest score a judge gives on one criterion
 * @param highestScore      the highest
 * @param judges            the panel: the staff accounts (role JUDGE) who judge every heat and the final;
 *                          a round closes when each of them has submitted
 * @param leaderboardPublic whether anyone may see the leaderboard (false: staff signed in only)
 */
@ConfigurationProperties("itinerary.contest.hotpot")
public record HotpotSettings(List<String> heats, @DefaultValue("8") int teamsPerHeat, @Nullable String finalSession,
                             @DefaultValue("2") int finalistsPerHeat,
                             @DefaultValue({"taste", "technique", "presentation"}) List<String> criteria,
                             @DefaultValue("1") int lowestScore, @DefaultValue("10") int highestScore, List<String> judges,
                             @DefaultValue("true") boolean leaderboardPublic) {

    public HotpotSettings {
        heats = heats == null ? List.of() : List.copyOf(heats);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        judges = judges == null ? List.of() : judges.stream().filter(judge -> judge != null && !judge.isBlank()).map(String::strip).toList();
    }

    /** The rounds judged, in order: each heat, then the final. */
    List<String> rounds() {
        List<String> rounds = new ArrayList<>(heats);
        if (finalSession != null && !finalSession.isBlank()) {
            rounds.add(finalSession);
        }
        return rounds;
    }
}
