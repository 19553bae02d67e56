package org.cqfriendship.logistics.registration.messaging;

import org.cqfriendship.logistics.registration.delegation.AlertContact;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.registration.delegation.DelegationChange;
import org.cqfriendship.logistics.registration.delegation.Member;
import org.cqfriendship.logistics.registration.delegation.RegistrationEventOutbox;
import org.cqfriendship.logistics.registration.delegation.RemoteSpeaker;
import org.cqfriendship.logistics.registration.delegation.RoomSharing;
import org.cqfriendship.logistics.registration.delegation.TravelLeg;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxMessages;
import org.cqfriendship.logistics.support.privacy.ContactKeys;
import org.cqfriendship.logistics.support.privacy.KeyRing;
import org.cqfriendship.logistics.support.privacy.SealedContacts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Translates delegation changes into the contract's events on {@value RegistrationTopics#DELEGATIONS}. */
@Component
class KafkaRegistrationEventOutbox implements RegistrationEventOutbox {

    private final OutboxMessages messages;
    private final SealedContacts contacts;
    private final Clock clock;

    KafkaRegistrationEventOutbox(OutboxMessages messages, ContactKeys contactKeys, Clock clock) {
        this.messages = messages;
        this.contacts = contactKeys.sealing();
        this.clock = clock;
    }

    @Override
    public OutboxMessage registered(Delegation d) {
        Delegation.Details details = d.details();
        var event = new DelegationRegistered(d.id(), 0, details.locality(), details.country(), details.kind().name(),
                details.participation().name(), d.coordinatorId(), details.hotpotTeamName(), details.stall(), d.registeredAt(),
                d.members().stream().map(this::member).toList());
        return messages.create(RegistrationTopics.DELEGATIONS, d.id(), event);
    }

    @Override
    public List<OutboxMessage> changed(Delegation d, List<DelegationChange> changes) {
        long version = d.version() == null ? 0 : d.version() + 1;
        Instant now = clock.instant();
        return changes.stream()
                .map(change -> messages.create(RegistrationTopics.DELEGATIONS, d.id(), event(d, version, now, change)))
                .toList();
    }

    private Object event(Delegation d, long version, Instant at, DelegationChange change) {
        String id = d.id();
        if (change instanceof DelegationChange.DetailsChanged details) {
            Delegation.Details a = details.after().details();
            return new ChangeEvents.DelegationDetailsChanged(id, version, at, a.locality(), a.country(), a.kind().name(),
                    a.participation().name(), a.hotpotTeamName(), a.stall());
        } else if (change instanceof DelegationChange.MemberAdded added) {
            return new ChangeEvents.DelegateAdded(id, version, at, member(added.member()));
        } else if (change instanceof DelegationChange.MemberWithdrawn withdrawn) {
            return new ChangeEvents.DelegateWithdrawn(id, version, at, withdrawn.member().memberId(), withdrawn.member().displayName());
        } else if (change instanceof DelegationChange.MemberDetailsChanged details) {
            Member m = details.after();
            return new ChangeEvents.DelegateDetailsChanged(id, version, at, m.memberId(), m.role().name(), m.displayName(),
                    m.identity().nativeName(), m.identity().title(), m.identity().nationality(), alerts(m));
        } else if (change instanceof DelegationChange.TravelChanged travel) {
            return new ChangeEvents.TravelPlanChanged(id, version, at, travel.after().memberId(), travel.after().displayName(),
                    travel(travel.before()), travel(travel.after()));
        } else if (change instanceof DelegationChange.NeedsChanged needs) {
            Member m = needs.after();
            Member.Needs what = m.needs();
            return new ChangeEvents.NeedsChanged(id, version, at, m.memberId(), m.displayName(), what.languages(),
                    what.interpretationNeeded(), names(what.diets()), names(what.allergens()), what.accessibility());
        } else if (change instanceof DelegationChange.SignupsChanged signups) {
            Member m = signups.after();
            Member.SignUps now = m.signUps();
            return new ChangeEvents.SignupsChanged(id, version, at, m.memberId(), m.displayName(), now.attends(),
                    signups.before().signUps().attends(), now.tradeInterests(), now.hotpotTeam(), remote(now.remote()));
        } else if (change instanceof DelegationChange.CoordinatorAssigned assigned) {
            return new ChangeEvents.CoordinatorAssigned(id, version, at, assigned.current(), assigned.previous(), d.details().locality());
        } else if (change instanceof DelegationChange.PrivateDetailsChanged privately) {
            return new ChangeEvents.PrivateDetailsChanged(id, version, at, privately.memberId(), privately.fields());
        } else if (change instanceof DelegationChange.PersonErased erased) {
            return new ChangeEvents.PersonErased(id, version, at, erased.member().memberId());
        } else if (change instanceof DelegationChange.LinksRevoked revoked) {
            return new ChangeEvents.DelegationLinksRevoked(id, version, at, revoked.generation());
        } else if (change instanceof DelegationChange.DocumentsErased erased) {
            return new ChangeEvents.DelegateErased(id, version, at, erased.member().memberId());
        }
        throw new IllegalArgumentException("No event for " + change);
    }

    private MemberEvent member(Member m) {
        Member.Identity who = m.identity();
        Member.Needs needs = m.needs();
        Member.Travel travel = m.travel();
        Member.SignUps signUps = m.signUps();
        return new MemberEvent(m.memberId(), who.role().name(), who.displayName(), who.nativeName(), who.title(), who.nationality(),
                needs.languages(), needs.interpretationNeeded(), names(needs.diets()), names(needs.allergens()), needs.accessibility(),
                leg(travel.arrival()), leg(travel.departure()), travel.hotelNights(), signUps.attends(), signUps.tradeInterests(),
                signUps.hotpotTeam(), remote(signUps.remote()), alerts(m), travel.roommateId(), sharesAs(m));
    }

    /** The addresses sealed for the notification-service alone; the language in the clear. */
    private MemberEvent.@Nullable Alerts alerts(Member m) {
        AlertContact alerts = m.alerts();
        if (alerts == null) {
            return null;
        }
        KeyRing.Sealed sealed = contacts.seal(new SealedContacts.Contacts(alerts.email(), alerts.phone()), m.memberId());
        return new MemberEvent.Alerts(alerts.language(), new MemberEvent.Sealed(sealed.keyId(), sealed.cipherText()));
    }

    private static MemberEvent.Travel travel(Member m) {
        Member.Travel travel = m.travel();
        return new MemberEvent.Travel(leg(travel.arrival()), leg(travel.departure()), travel.hotelNights(), travel.roommateId(), sharesAs(m));
    }

    private static @Nullable String sharesAs(Member m) {
        RoomSharing sharesAs = m.travel().sharesAs();
        return sharesAs == null ? null : sharesAs.name();
    }

    private static MemberEvent.@Nullable Leg leg(@Nullable TravelLeg leg) {
        return leg == null ? null : new MemberEvent.Leg(leg.mode().name(), leg.carrier(), leg.number(), leg.port(),
                leg.scheduledAt().atZone(ConferenceTime.ZONE).toOffsetDateTime());
    }

    private static MemberEvent.@Nullable Remote remote(@Nullable RemoteSpeaker remote) {
        return remote == null ? null : new MemberEvent.Remote(remote.timeZone(), remote.techCheckFrom(), remote.techCheckTo());
    }

    private static List<String> names(@Nullable Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).sorted().toList();
    }
}
