package org.cqfriendship.logistics.registration.messaging;

import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.RegistrationEventOutbox;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/** Translates delegation changes into the contract's events on {@value RegistrationTopics#DELEGATIONS}. */
@Component
class KafkaRegistrationEventOutbox implements RegistrationEventOutbox {

    private static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");

    private final OutboxMessages messages;

    KafkaRegistrationEventOutbox(OutboxMessages messages) {
        this.messages = messages;
    }

    @Override
    public OutboxMessage registered(Delegation d) {
        var event = new DelegationRegistered(d.id(), d.locality(), d.country(), d.kind().name(), d.coordinatorId(),
                d.registeredAt(), d.members().stream().map(KafkaRegistrationEventOutbox::member).toList());
        return messages.create(RegistrationTopics.DELEGATIONS, d.id(), event);
    }

    private static DelegationRegistered.RegisteredMember member(Member m) {
        var a = m.arrival();
        var arrival = a == null ? null : new DelegationRegistered.RegisteredArrival(a.mode().name(), a.carrier(), a.number(),
                a.port(), a.scheduledAt().atZone(CONFERENCE_ZONE).toOffsetDateTime());
        return new DelegationRegistered.RegisteredMember(m.memberId(), m.role().name(), m.displayName(), arrival, m.attends());
    }
}
