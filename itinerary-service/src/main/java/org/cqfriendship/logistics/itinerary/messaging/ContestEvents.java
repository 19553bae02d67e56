package org.cqfriendship.logistics.itinerary.messaging;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Contract: contracts/schemas/HeatClosed.schema.json and ContestResult.schema.json. */
final class ContestEvents {

    private ContestEvents() {
    }

    /** Another team of the round, as every team is told it. */
    record Placing(String teamName, String locality, int rank, int total) {
    }

    record HeatClosed(String delegationId, @Nullable String coordinatorId, String locality, String teamName, List<String> memberIds,
                      String sessionId, String sessionTitle, Instant closedAt, int judges, int rank, int teams, int total,
                      Map<String, Integer> scores, boolean finalist, @Nullable OffsetDateTime finalStartsAt, List<Placing> standings) {
    }

    record ContestResult(String delegationId, @Nullable String coordinatorId, String locality, String teamName, List<String> memberIds,
                         String sessionId, String sessionTitle, Instant closedAt, int judges, int rank, int teams, int total,
                         Map<String, Integer> scores, List<Placing> standings) {
    }
}
