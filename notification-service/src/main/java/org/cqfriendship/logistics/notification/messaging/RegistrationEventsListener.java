package org.cqfriendship.logistics.notification.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.notification.delegate.Delegate;
import org.cqfriendship.logistics.notification.delegate.DelegateDirectory;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.Alerts;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.DelegateAdded;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.DelegateDetailsChanged;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.DelegateWithdrawn;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.DelegationRegistered;
import org.cqfriendship.logistics.notification.messaging.RegistrationEvents.Member;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.privacy.ContactKeys;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.privacy.SealedContacts;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the directory of delegates who asked for alerts from the registration events. Events of
 * one delegation arrive in order (keyed by delegation); a stale or repeated one changes nothing.
 */
@Component
class RegistrationEventsListener {

    private final DelegateDirectory directory;
    private final SealedContacts contacts;
    private final RevokedLinks revokedLinks;

    RegistrationEventsListener(DelegateDirectory directory, ContactKeys contactKeys, RevokedLinks revokedLinks) {
        this.directory = directory;
        this.contacts = contactKeys.sealing();
        this.revokedLinks = revokedLinks;
    }

    /** A poll's batch at a time ({@link DelegateDirectory#apply}). */
    @KafkaListener(id = "notification-registrations", groupId = "notification-service", topics = NotificationTopics.DELEGATIONS,
            batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        // Revoked links first (idempotent, so a batch tried again writes them again harmlessly).
        revokedLinks.raiseFrom(records);
        BatchListening.apply(records, this::entries, directory::apply);
    }

    /** What the record says of each delegate it names (nothing, for an event that names none). */
    private List<DelegateDirectory.Entry> entries(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        if (record.value() instanceof DelegationRegistered registered) {
            require(registered.delegationId(), registered.members());
            return registered.members().stream().map(member -> entry(registered.delegationId(), 0, require(registered.delegationId(), member)))
                    .toList();
        } else if (record.value() instanceof DelegateAdded added) {
            return List.of(entry(added.delegationId(), added.delegationVersion(), require(added.delegationId(), added.member())));
        } else if (record.value() instanceof DelegateDetailsChanged changed) {
            require(changed.delegationId(), changed.memberId());
            return List.of(entry(changed.delegationId(), changed.delegationVersion(), changed.memberId(), changed.displayName(),
                    changed.alerts(), null, true));
        } else if (record.value() instanceof RegistrationEvents.PersonErased erased) {
            require(erased.delegationId(), erased.memberId());
            return List.of(new DelegateDirectory.Erase(erased.delegationId(), erased.memberId(), erased.delegationVersion()));
        } else if (record.value() instanceof DelegateWithdrawn withdrawn) {
            require(withdrawn.delegationId(), withdrawn.memberId());
            return List.of(new DelegateDirectory.Forget(withdrawn.delegationId(), withdrawn.memberId(), withdrawn.delegationVersion()));
        }
        return List.of();
    }

    /** An event about no delegation, or about no one, is poison: dead-lettered at once rather than retried. */
    private static <T> T require(String delegationId, T about) {
        if (delegationId == null || delegationId.isBlank() || about == null
                || (about instanceof Member member && member.memberId() == null) || (about instanceof List<?> list && list.isEmpty())) {
            throw new PoisonEventException("Registration event without delegation id or member");
        }
        return about;
    }

    private DelegateDirectory.Entry entry(String delegationId, long version, Member member) {
        return entry(delegationId, version, member.memberId(), member.displayName(), member.alerts(),
                member.remote() == null ? null : member.remote().timeZone(), false);
    }

    private DelegateDirectory.Entry entry(String delegationId, long version, String memberId, String name, @Nullable Alerts alerts,
                                          @Nullable String timeZone, boolean sameTimeZone) {
        if (alerts == null) {
            return new DelegateDirectory.Forget(delegationId, memberId, version);
        }
        SealedContacts.Contacts addresses = addresses(memberId, alerts);
        return new DelegateDirectory.Keep(new Delegate(memberId, delegationId, name, addresses.email(), addresses.phone(),
                alerts.language(), timeZone, version, false, false), sameTimeZone);
    }

    /**
     * The sealed addresses opened; an older event's in the clear. One that cannot be opened (a key
     * this service was not given, or altered) is poison: dead-lettered, to replay once the key is set.
     */
    private SealedContacts.Contacts addresses(String memberId, Alerts alerts) {
        if (alerts.sealed() == null) {
            return new SealedContacts.Contacts(alerts.email(), alerts.phone());
        }
        try {
            return contacts.open(new KeyRing.Sealed(alerts.sealed().keyId(), alerts.sealed().cipherText()), memberId);
        } catch (IllegalStateException unopened) {
            throw new PoisonEventException("Alert addresses of member " + memberId + " cannot be opened: " + unopened.getMessage());
        }
    }
}
