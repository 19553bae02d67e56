package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.contest.ContestEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells each team of a closed round on {@value ItineraryTopics#ITINERARIES}, keyed by its
 * delegation like every other fact about it: HeatClosed for a heat, ContestResult for the final;
 * and, for a heat with finalists, FinalistsChosen on {@value ItineraryTopics#SESSIONS} (keyed by
 * the final), from which this service plans them into the final.
 */
@Component
class KafkaContestEventOutbox implements ContestEventOutbox {

    private final OutboxMessages messages;

    KafkaContestEventOutbox(OutboxMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<OutboxMessage> closed(RoundClosed round) {
        List<ContestEvents.Placing> standings = round.teams().stream()
                .map(t -> new ContestEvents.Placing(t.teamName(), t.locality(), t.rank(), t.total())).toList();
        int teams = round.teams().size();
        List<OutboxMessage> told = new ArrayList<>(round.teams().stream().map(t -> messages.create(ItineraryTopics.ITINERARIES, t.delegationId(), round.isFinal()
                ? new ContestEvents.ContestResult(t.delegationId(), t.coordinatorId(), t.locality(), t.teamName(), t.memberIds(),
                        round.sessionId(), round.sessionTitle(), round.closedAt(), round.judges(), t.rank(), teams, t.total(), t.scores(), standings)
                : new ContestEvents.HeatClosed(t.delegationId(), t.coordinatorId(), t.locality(), t.teamName(), t.memberIds(),
                        round.sessionId(), round.sessionTitle(), round.closedAt(), round.judges(), t.rank(), teams, t.total(), t.scores(),
                        t.finalist(), t.finalist() ? round.finalStartsAt() : null, standings))).toList());
        List<String> finalists = round.teams().stream().filter(ContestEventOutbox.TeamResult::finalist)
                .map(ContestEventOutbox.TeamResult::delegationId).toList();
        if (round.finalSessionId() != null && !finalists.isEmpty()) {
            told.add(messages.create(ItineraryTopics.SESSIONS, round.finalSessionId(),
                    new SessionEvents.FinalistsChosen(round.finalSessionId(), round.sessionId(), finalists, round.closedAt())));
        }
        return told;
    }
}
