package org.cqfriendship.logistics.itinerary.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The food carnival's pitches as planning needs them: where and when each delegation's stall
 * stands. A delegation with a pitch has a stall entry in each of its slots, from its set-up.
 */
public interface StallPitches {

    /**
     * @param number      the pitch on the carnival's map
     * @param slots       the programme's stall slots (sessions) the stall serves in
     * @param setUpMinutes how long before a slot the stall's staff set up
     */
    record Pitch(int number, List<String> slots, int setUpMinutes) {
    }

    /** The pitches of those of these delegations that have one: one read. */
    Map<String, Pitch> of(Collection<String> delegationIds);

    /** No carnival: no pitches. */
    StallPitches NONE = delegationIds -> Map.of();
}
