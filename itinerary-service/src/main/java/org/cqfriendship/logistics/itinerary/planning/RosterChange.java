package org.cqfriendship.logistics.itinerary.planning;

import org.cqfriendship.logistics.support.config.ConferenceTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A change to a delegation's members or details, as told by the registration-service. */
public sealed interface RosterChange {

    /** Why the itinerary changed, as {@code ItineraryChanged.reason} tells it. */
    ChangeReason reason();

    /** The delegation after this change. */
    RegisteredDelegation applyTo(RegisteredDelegation delegation);

    record Added(RegisteredDelegation.Traveller member) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.DELEGATE_ADDED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            List<RegisteredDelegation.Traveller> members = new ArrayList<>(d.members().stream()
                    .filter(m -> !m.memberId().equals(member.memberId())).toList());
            members.add(member);
            return d.withMembers(members);
        }
    }

    record Withdrawn(String memberId) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.DELEGATE_WITHDRAWN;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return d.withMembers(d.members().stream().filter(m -> !m.memberId().equals(memberId)).toList());
        }
    }

    record Renamed(String memberId, String role, String name) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.DELEGATE_DETAILS_CHANGED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return replace(d, memberId, m -> m.renamed(role, name));
        }
    }

    record TravelChanged(String memberId, RegisteredDelegation.Arrival arrival, Instant departsAt,
                         RegisteredDelegation.Stay stay) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.TRAVEL_CHANGED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return replace(d, memberId, m -> m.travelling(arrival, departsAt, stay));
        }
    }

    record SignupsChanged(String memberId, List<String> attends, String remoteTimeZone, boolean hotpotTeam) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.SIGNUPS_CHANGED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return replace(d, memberId, m -> m.withRemote(attends, remoteTimeZone, hotpotTeam));
        }
    }

    /** Diets, allergens, languages or accessibility: no entry moves, but catering and interpretation counts do. */
    record NeedsChanged(String memberId, Needs needs) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.NEEDS_CHANGED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return replace(d, memberId, m -> m.withNeeds(needs));
        }
    }

    record CoordinatorChanged(String coordinatorId) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.COORDINATOR_ASSIGNED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return d.withCoordinator(coordinatorId);
        }
    }

    /** The delegation's locality, country or hotpot team name. */
    record DetailsChanged(String locality, String country, String hotpotTeamName, StallApplication stall) implements RosterChange {
        public ChangeReason reason() {
            return ChangeReason.DELEGATION_DETAILS_CHANGED;
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return d.withDetails(locality, country, hotpotTeamName, stall);
        }
    }

    /**
     * An airline's (or staff's) report on a flight or train: delayed or re-timed to
     * {@code expectedAt}, back on time, or cancelled. It applies to the members on that service on
     * its scheduled date, unless they already have a newer report.
     */
    record FlightStatusChanged(String service, LocalDate scheduledDate, Status status,
                               Instant expectedAt, Instant reportedAt) implements RosterChange {

        public enum Status { ON_TIME, DELAYED, RETIMED, CANCELLED }

        public ChangeReason reason() {
            return ChangeReason.FLIGHT_STATUS_CHANGED;
        }

        public boolean touches(RegisteredDelegation d) {
            return d.members().stream().anyMatch(m -> concerns(m) || leavesOnIt(m));
        }

        /** The member departs on the reported flight or train on its scheduled date, and has no newer report of it. */
        private boolean leavesOnIt(RegisteredDelegation.Traveller m) {
            var stay = m.stay();
            return m.departsAt() != null && service.equals(stay.departureService())
                    && m.departsAt().atZone(ConferenceTime.ZONE).toLocalDate().equals(scheduledDate)
                    && (stay.departureReportedAt() == null || reportedAt.isAfter(stay.departureReportedAt()));
        }

        private boolean concerns(RegisteredDelegation.Traveller m) {
            var a = m.arrival();
            return a != null && service.equals(a.service())
                    && a.at().atZone(ConferenceTime.ZONE).toLocalDate().equals(scheduledDate)
                    && (a.statusReportedAt() == null || reportedAt.isAfter(a.statusReportedAt()));
        }

        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return d.withMembers(d.members().stream()
                    .map(m -> concerns(m) ? m.with(reported(m.arrival()), m.attends(), m.departsAt()) : m)
                    .map(m -> leavesOnIt(m) ? m.travelling(m.arrival(), m.departsAt(), m.stay().reported(
                            status == Status.CANCELLED || status == Status.ON_TIME ? null : expectedAt, status == Status.CANCELLED,
                            reportedAt)) : m)
                    .toList());
        }

        private RegisteredDelegation.Arrival reported(RegisteredDelegation.Arrival a) {
            boolean cancelled = status == Status.CANCELLED;
            Instant expected = cancelled || status == Status.ON_TIME ? null : expectedAt;
            return new RegisteredDelegation.Arrival(a.mode(), a.service(), a.port(), a.at(), expected, cancelled, reportedAt);
        }
    }

    /** The programme changed (a session moved or was cancelled); the delegation itself did not. */
    record ProgrammeChanged(ChangeReason reason) implements RosterChange {
        public RegisteredDelegation applyTo(RegisteredDelegation d) {
            return d;
        }
    }

    private static RegisteredDelegation replace(RegisteredDelegation d, String memberId,
                                                UnaryOperator<RegisteredDelegation.Traveller> change) {
        return d.withMembers(d.members().stream().map(m -> m.memberId().equals(memberId) ? change.apply(m) : m).toList());
    }
}
