package org.cqfriendship.logistics.itinerary.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cqfriendship.logistics.itinerary.planning.ItineraryService;
import org.cqfriendship.logistics.itinerary.planning.Needs;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.Registration;
import org.cqfriendship.logistics.itinerary.planning.RosterChange;
import org.cqfriendship.logistics.itinerary.transfers.PickupsMet;
import org.cqfriendship.logistics.support.events.BatchListening;
import org.cqfriendship.logistics.support.events.CloudEvents;
import org.cqfriendship.logistics.support.events.PoisonEventException;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Plans and replans itineraries from the registration-service's events, a poll's batch at a time ({@link ItineraryService#apply}). */
@Component
class RegistrationEventsListener {

    private final ItineraryService itineraries;
    private final RevokedLinks revokedLinks;
    private final PickupsMet pickupsMet;

    RegistrationEventsListener(ItineraryService itineraries, RevokedLinks revokedLinks, PickupsMet pickupsMet) {
        this.itineraries = itineraries;
        this.revokedLinks = revokedLinks;
        this.pickupsMet = pickupsMet;
    }

    /**
     * Revoked links and the forgotten members' pickups first (idempotent, so a batch tried again
     * writes them again harmlessly), then planning.
     */
    @KafkaListener(id = "itinerary-registrations", groupId = "itinerary-service", topics = ItineraryTopics.REGISTRATIONS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        revokedLinks.raiseFrom(records);
        pickupsMet.forget(records.stream().map(ConsumerRecord::value).filter(RegistrationEvents.PersonErased.class::isInstance)
                .map(erased -> ((RegistrationEvents.PersonErased) erased).memberId()).toList());
        BatchListening.apply(records, RegistrationEventsListener::registration, itineraries::apply);
    }

    /** The record's registration event (none, for one of a type planning has no use for). */
    private static List<Registration> registration(ConsumerRecord<String, Object> record) {
        CloudEvents.requireId(record);
        Object event = record.value();
        if (event instanceof DelegationRegistered registered) {
            return List.of(new Registration.Registered(toDomain(registered), Traces.parentOf(record)));
        } else if (event instanceof RegistrationEvents.Versioned change) {
            return List.of(new Registration.Changed(change.delegationId(), change.delegationVersion(), rosterChange(change),
                    Traces.parentOf(record)));
        }
        return List.of();
    }

    private static RosterChange rosterChange(RegistrationEvents.Versioned event) {
        if (event instanceof RegistrationEvents.DelegateAdded added) {
            return new RosterChange.Added(traveller(added.member()));
        } else if (event instanceof RegistrationEvents.DelegateWithdrawn withdrawn) {
            return new RosterChange.Withdrawn(withdrawn.memberId());
        } else if (event instanceof RegistrationEvents.PersonErased erased) {
            return new RosterChange.Withdrawn(erased.memberId());
        } else if (event instanceof RegistrationEvents.DelegateDetailsChanged details) {
            return new RosterChange.Renamed(details.memberId(), details.role(), details.displayName());
        } else if (event instanceof RegistrationEvents.TravelPlanChanged travel) {
            var after = travel.after();
            return new RosterChange.TravelChanged(travel.memberId(), after == null ? null : arrival(travel.memberId(), after.arrival()),
                    after == null ? null : departsAt(after.departure()),
                    after == null ? null : stay(after.hotelNights(), after.departure()).sharing(after.roommateId(), after.sharesAs()));
        } else if (event instanceof RegistrationEvents.SignupsChanged signups) {
            return new RosterChange.SignupsChanged(signups.memberId(), signups.attends() == null ? List.of() : signups.attends(),
                    zone(signups.remote()), Boolean.TRUE.equals(signups.hotpotTeam()));
        } else if (event instanceof RegistrationEvents.NeedsChanged needs) {
            return new RosterChange.NeedsChanged(needs.memberId(), new Needs(needs.languages(), needs.interpretationNeeded(),
                    needs.diets(), needs.allergens(), needs.accessibility()));
        } else if (event instanceof RegistrationEvents.CoordinatorAssigned assigned) {
            return new RosterChange.CoordinatorChanged(assigned.coordinatorId());
        } else if (event instanceof RegistrationEvents.DelegationDetailsChanged details) {
            return new RosterChange.DetailsChanged(details.locality(), details.country(), details.hotpotTeamName(), details.stall());
        }
        throw new PoisonEventException("No itinerary change for " + event.getClass().getSimpleName());
    }

    private static RegisteredDelegation toDomain(DelegationRegistered event) {
        if (event.delegationId() == null || event.members() == null || event.members().isEmpty()) {
            throw new PoisonEventException("DelegationRegistered without delegation id or members");
        }
        return new RegisteredDelegation(event.delegationId(), event.locality(), event.coordinatorId(),
                event.members().stream().map(RegistrationEventsListener::traveller).toList(), event.country(), event.hotpotTeamName(), event.stall());
    }

    private static RegisteredDelegation.Traveller traveller(DelegationRegistered.Member m) {
        if (m == null || m.memberId() == null) {
            throw new PoisonEventException("A member without id");
        }
        return new RegisteredDelegation.Traveller(m.memberId(), m.role(), m.displayName(), arrival(m.memberId(), m.arrival()),
                m.attends() == null ? List.of() : m.attends(), departsAt(m.departure()), zone(m.remote()),
                new Needs(m.languages(), m.interpretationNeeded(), m.diets(), m.allergens(), m.accessibility()),
                stay(m.hotelNights(), m.departure()).sharing(m.roommateId(), m.sharesAs()), m.cooks());
    }

    private static RegisteredDelegation.Stay stay(List<LocalDate> hotelNights, DelegationRegistered.Arrival departure) {
        return departure == null ? new RegisteredDelegation.Stay(hotelNights, null, null, null)
                : new RegisteredDelegation.Stay(hotelNights, departure.mode(), departure.number(), departure.port());
    }

    /** A video-link speaker's zone, if it is one the clock knows; otherwise treated as not remote. */
    private static @Nullable String zone(DelegationRegistered.@Nullable Remote remote) {
        if (remote == null || remote.timeZone() == null) {
            return null;
        }
        return ZoneId.getAvailableZoneIds().contains(remote.timeZone()) ? remote.timeZone() : null;
    }

    private static @Nullable Instant departsAt(DelegationRegistered.@Nullable Arrival departure) {
        return departure == null || departure.scheduledAt() == null ? null : departure.scheduledAt().toInstant();
    }

    private static RegisteredDelegation.@Nullable Arrival arrival(String memberId, DelegationRegistered.@Nullable Arrival a) {
        if (a == null) {
            return null;
        }
        if (a.scheduledAt() == null || a.port() == null) {
            throw new PoisonEventException("Arrival of member " + memberId + " lacks a port or a time");
        }
        return new RegisteredDelegation.Arrival(a.mode(), a.number(), a.port(), a.scheduledAt().toInstant());
    }
}
