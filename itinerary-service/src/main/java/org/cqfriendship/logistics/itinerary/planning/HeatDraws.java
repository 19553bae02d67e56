package org.cqfriendship.logistics.itinerary.planning;

import java.util.Map;
import java.util.Set;

/**
 * The hotpot contest's draw, as planning needs it: which heat each drawn team cooks in. A team
 * member's drawn heat replaces any heat they signed up for themselves, and is planned like any
 * other sign-up (its entry, its seat, its clashes).
 */
public interface HeatDraws {

    /** Each drawn team's heat, by delegation id (none before the draw): one read. */
    Map<String, String> drawn();

    /** The heats a team may be drawn into. */
    Set<String> heatSessions();

    /**
     * Teams changed (one registered, withdrawn, left, or changed country): before the draw is
     * frozen the heats are rebalanced; answers the delegations whose heat moved, to plan again.
     */
    Set<String> teamsChanged();

    /** No contest draw: nobody is drawn. */
    HeatDraws NONE = new HeatDraws() {
        public Map<String, String> drawn() {
            return Map.of();
        }

        public Set<String> heatSessions() {
            return Set.of();
        }

        public Set<String> teamsChanged() {
            return Set.of();
        }
    };
}
