package org.cqfriendship.logistics.itinerary.contest;

import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A round closed (one document per heat or final, id = its session): the judges who scored it,
 * the ranking, and the events telling each team's delegation, in its outbox. Inserted once: the
 * judge whose submission completes the round writes it, and a second writer finds it there.
 */
@Document("hotpot_results")
record RoundResult(@Id String round, Instant closedAt, List<String> judges, List<Ranking.Standing> standings,
                   List<OutboxMessage> outbox) {

    RoundResult {
        standings = standings == null ? List.of() : List.copyOf(standings);
        outbox = outbox == null ? List.of() : outbox;
    }

    List<String> finalists() {
        return standings.stream().filter(Ranking.Standing::finalist).map(Ranking.Standing::delegationId).toList();
    }
}
