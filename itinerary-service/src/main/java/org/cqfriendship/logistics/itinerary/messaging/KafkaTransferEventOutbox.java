package org.cqfriendship.logistics.itinerary.messaging;

import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.transfers.TransferEventOutbox;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code TransferReassigned} on {@value ItineraryTopics#ITINERARIES}, keyed by delegation like its other itinerary events. */
@Component
class KafkaTransferEventOutbox implements TransferEventOutbox {

    /** Contract: contracts/schemas/TransferReassigned.schema.json. */
    record TransferReassigned(String delegationId, String coordinatorId, String locality, String port, String reason,
                              List<MemberRide> changes, Instant reassignedAt) {
    }

    record MemberRide(String memberId, String memberName, String direction, @Nullable RideView before, @Nullable RideView after) {
    }

    record RideView(String vehicleId, String vehicleType, OffsetDateTime pickupAt) {
    }

    private final OutboxMessages messages;
    private final Clock clock;

    KafkaTransferEventOutbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public OutboxMessage reassigned(String delegationId, String coordinatorId, String locality, String port, ChangeReason reason,
                                    List<Change> changes) {
        return messages.create(ItineraryTopics.ITINERARIES, delegationId, new TransferReassigned(delegationId, coordinatorId, locality,
                port, reason.name(), changes.stream().map(c -> new MemberRide(c.memberId(), c.memberName(),
                        c.departing() ? "DEPARTURE" : "ARRIVAL", view(c.before()), view(c.after())))
                .toList(), clock.instant()));
    }

    private static @Nullable RideView view(@Nullable Ride ride) {
        return ride == null ? null : new RideView(ride.vehicleId(), ride.vehicleType(),
                ride.pickupAt().atZone(ConferenceTime.ZONE).toOffsetDateTime());
    }
}
