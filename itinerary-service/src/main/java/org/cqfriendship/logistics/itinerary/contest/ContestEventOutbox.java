package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Turns a closed round into its events: one telling each of its teams' delegations (HeatClosed,
 * or ContestResult for the final), and for a heat the finalists chosen, to plan them into the final.
 */
public interface ContestEventOutbox {

    List<OutboxMessage> closed(RoundClosed round);

    /**
     * @param finalSessionId the final's session, for a heat (null for the final, or a contest without one)
     * @param finalStartsAt  when the final starts (for a heat's finalists)
     * @param judges         how many judges scored the round
     */
    record RoundClosed(String sessionId, String sessionTitle, boolean isFinal, Instant closedAt, @Nullable String finalSessionId,
                       @Nullable OffsetDateTime finalStartsAt, int judges, List<TeamResult> teams) {
    }

    /** One team's result, with its delegation's coordinator and the members in the team. */
    record TeamResult(String delegationId, @Nullable String coordinatorId, String locality, String teamName, List<String> memberIds, int rank,
                      int total, Map<String, Integer> scores, boolean finalist) {
    }
}
