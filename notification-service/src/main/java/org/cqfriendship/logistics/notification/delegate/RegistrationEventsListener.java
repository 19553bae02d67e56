package org.cqfriendship.logistics.notification.delegate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.Alerts;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateAdded;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateDetailsChanged;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegateWithdrawn;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.DelegationRegistered;
import org.cqfriendship.logistics.notification.delegate.RegistrationEvents.Member;
import org.springframework.stereotype.Component;
import org.springframework.kafka.annotation.KafkaListener;


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
        if (record.value() instanceof DelegationRegistered registered) {
            registered.members().forEach(member -> keepOrForget(registered.delegationId(), 0, member));
        } else if (record.value() instanceof DelegateAdded added) {
            keepOrForget(added.delegationId(), added.delegationVersion(), added.member());
        } else if (record.value() instanceof DelegateDetailsChanged changed) {
            String timeZone = directory.find(changed.memberId()).map(Delegate::timeZone).orElse(null);
            keepOrForget(changed.delegationId(), changed.delegationVersion(), changed.memberId(), changed.displayName(),
                    changed.alerts(), timeZone);
        } else if (record.value() instanceof DelegateWithdrawn withdrawn) {
            directory.forget(withdrawn.memberId(), withdrawn.delegationVersion());
        }
    }

    private void keepOrForget(String delegationId, long version, Member member) {
        keepOrForget(delegationId, version, member.memberId(), member.displayName(), member.alerts(),
                member.remote() == null ? null : member.remote().timeZone());
    }

    private void keepOrForget(String delegationId, long version, String memberId, String name, Alerts alerts, String timeZone) {
        if (alerts == null) {
            directory.forget(memberId, version);
        } else {
            directory.keep(new Delegate(memberId, delegationId, name, alerts.email(), alerts.phone(), alerts.language(), timeZone, version));
        }
    }
}
