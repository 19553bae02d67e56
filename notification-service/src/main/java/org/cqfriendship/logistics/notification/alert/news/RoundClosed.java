package org.cqfriendship.logistics.notification.alert.news;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What this service reads of contracts/schemas/HeatClosed.schema.json and ContestResult.schema.json
 * (one record for both: the final's has no {@code finalist} nor {@code finalStartsAt}), as told to
 * one team's delegation.
 */
public record RoundClosed(String delegationId, String coordinatorId, String locality, String teamName, List<String> memberIds,
                          String sessionId, String sessionTitle, Integer judges, Integer rank, Integer teams, Integer total,
                          Map<String, Integer> scores, Boolean finalist, OffsetDateTime finalStartsAt, List<Placing> standings) {

    public static final String HEAT_CLOSED = "HeatClosed";
    public static final String CONTEST_RESULT = "ContestResult";

    public record Placing(String teamName, String locality, int rank, int total) {
    }

    public boolean isFinalist() {
        return Boolean.TRUE.equals(finalist);
    }
}
