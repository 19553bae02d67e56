package org.cqfriendship.logistics.itinerary.contest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The hotpot contest's draw ({@code itinerary.contest.hotpot}).
 *
 * @param heats        the programme's heat sessions teams are drawn into, in order
 * @param teamsPerHeat how many teams one heat's kitchen takes
 */
@ConfigurationProperties("itinerary.contest.hotpot")
public record HotpotSettings(List<String> heats, @DefaultValue("8") int teamsPerHeat) {

    public HotpotSettings {
        heats = heats == null ? List.of() : List.copyOf(heats);
    }
}
