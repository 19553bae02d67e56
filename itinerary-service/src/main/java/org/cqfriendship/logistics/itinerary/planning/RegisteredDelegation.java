package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.util.List;

/** What planning needs to know of a registered delegation. */
public record RegisteredDelegation(String delegationId, String locality, String coordinatorId, List<Traveller> members) {

    /**
     * @param departsAt      when the member's scheduled departure from Chongqing leaves, if known
     * @param remoteTimeZone the zone of a member who speaks by video link (null for those in Chongqing)
     * @param needs          diets, allergens, languages and accessibility
     */
    public record Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends, Instant departsAt,
                            String remoteTimeZone, Needs needs) {

        @PersistenceCreator
        public Traveller {
            needs = needs == null ? Needs.NONE : needs;
        }

        public Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends) {
            this(memberId, role, name, arrival, attends, null, null, Needs.NONE);
        }

        public Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends, Instant departsAt) {
            this(memberId, role, name, arrival, attends, departsAt, null, Needs.NONE);
        }

        Traveller with(Arrival newArrival, List<String> newAttends, Instant newDepartsAt) {
            return new Traveller(memberId, role, name, newArrival, newAttends, newDepartsAt, remoteTimeZone, needs);
        }

        Traveller withRemote(List<String> newAttends, String newRemoteTimeZone) {
            return new Traveller(memberId, role, name, arrival, newAttends, departsAt, newRemoteTimeZone, needs);
        }

        Traveller withNeeds(Needs newNeeds) {
            return new Traveller(memberId, role, name, arrival, attends, departsAt, remoteTimeZone, newNeeds);
        }

        Traveller renamed(String newRole, String newName) {
            return new Traveller(memberId, newRole, newName, arrival, attends, departsAt, remoteTimeZone, needs);
        }

        /** Takes part in Chongqing (a video-link speaker does not: no seat, no meal, no pickup). */
        public boolean inPerson() {
            return remoteTimeZone == null;
        }
    }

    /**
     * How a member arrives. {@code at} is the scheduled time as registered; {@code service} the
     * flight or train (e.g. QV619). A flight-status report may add an {@code expectedAt} (delayed or
     * re-timed) or mark it {@code cancelled}; {@code statusReportedAt} is the time of the report
     * applied, so older or repeated reports change nothing.
     */
    public record Arrival(String mode, String service, String port, Instant at, Instant expectedAt, boolean cancelled,
                          Instant statusReportedAt) {

        @PersistenceCreator
        public Arrival {
        }

        public Arrival(String mode, String service, String port, Instant at) {
            this(mode, service, port, at, null, false, null);
        }

        /** When the member is now expected to arrive. */
        public Instant effectiveAt() {
            return expectedAt != null ? expectedAt : at;
        }

        public boolean retimed() {
            return expectedAt != null && !expectedAt.equals(at);
        }
    }
}
