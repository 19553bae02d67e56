package org.cqfriendship.logistics.itinerary.planning;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hotpot contest's draw, as planning needs it: which heat each drawn team cooks in, and the
 * final for the teams that reached it. A team member's contest sessions replace any they signed
 * up for themselves, and are planned like any other sign-up (entry, seat, clashes).
 */
public interface HeatDraws {

    /** Each drawn team's contest sessions (its heat, then the final if it reached it), by delegation id; none before the draw. */
    Map<String, List<String>> drawn();

    /** The contest's sessions: the heats a team may be drawn into, and the final. */
    Set<String> heatSessions();

    /**
     * Teams changed (one registered, withdrawn, left, or changed country): before the draw is
     * frozen the heats are rebalanced; answers the delegations whose heat moved, to plan again.
     */
    Set<String> teamsChanged();

    /** No contest draw: nobody is drawn. */
    HeatDraws NONE = new HeatDraws() {
        public Map<String, List<String>> drawn() {
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
