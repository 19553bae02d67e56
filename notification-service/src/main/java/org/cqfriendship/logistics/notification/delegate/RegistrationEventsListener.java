package org.cqfriendship.logistics.notification.delegate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.Alerts;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateAdded;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateDetailsChanged;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateWithdrawn;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegationRegistered;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.Member;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.springframework.stereotype.Component;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;


/**
 * Keeps the directory of delegates who asked for alerts from the registration events. Events of
 * one delegation arrive in order (keyed by delegation); a stale or repeated one changes nothing.
 */
@Component
class RegistrationEventsListener {

    private final DelegateDirectory directory;

    RegistrationEventsListener(DelegateDirectory directory) {
        this.directory = directory;
    }

    @KafkaListener(id = "notification-registrations", groupId = "notification-service", topics = "registration.delegations")
    void on(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof DelegationRegistered registered) {
            require(registered.delegationId(), registered.members());
            registered.members().forEach(member -> keepOrForget(registered.delegationId(), 0, require(registered.delegationId(), member)));
        } else if (record.value() instanceof DelegateAdded added) {
            keepOrForget(added.delegationId(), added.delegationVersion(), require(added.delegationId(), added.member()));
        } else if (record.value() instanceof DelegateDetailsChanged changed) {
            require(changed.delegationId(), changed.memberId());
            String timeZone = directory.find(changed.memberId()).map(Delegate::timeZone).orElse(null);
            keepOrForget(changed.delegationId(), changed.delegationVersion(), changed.memberId(), changed.displayName(),
                    changed.alerts(), timeZone);
        } else if (record.value() instanceof DelegateWithdrawn withdrawn) {
            require(withdrawn.delegationId(), withdrawn.memberId());
            directory.forget(withdrawn.delegationId(), withdrawn.memberId(), withdrawn.delegationVersion());
        }
    }

    /** An event about no delegation, or about no one, is poison: dead-lettered at once rather than retried. */
    private static <T> T require(String delegationId, T about) {
        if (delegationId == null || delegationId.isBlank() || about == null
                || (about instanceof Member member && member.memberId() == null) || (about instanceof List<?> list && list.isEmpty())) {
            throw new PoisonEventException("Registration event without delegation id or member");
        }
        return about;
    }

    private void keepOrForget(String delegationId, long version, Member member) {
        keepOrForget(delegationId, version, member.memberId(), member.displayName(), member.alerts(),
                member.remote() == null ? null : member.remote().timeZone());
    }

    private void keepOrForget(String delegationId, long version, String memberId, String name, Alerts alerts, String timeZone) {
        if (alerts == null) {
            directory.forget(delegationId, memberId, version);
        } else {
            directory.keep(new Delegate(memberId, delegationId, name, alerts.email(), alerts.phone(), alerts.language(), timeZone, version));
        }
    }
}
