package org.cqfriendship.logistics.itinerary.planning;

import org.springframework.data.annotation.PersistenceCreator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What planning needs to know of a registered delegation. {@code country} (ISO code) and
 * {@code hotpotTeamName} are what the hotpot contest's draw needs; the team's members are those
 * marked {@link Traveller#hotpotTeam()}. {@code stall} is its application for a carnival stall, if any.
 */
public record RegisteredDelegation(String delegationId, String locality, String coordinatorId, List<Traveller> members, String country,
                                   String hotpotTeamName, StallApplication stall) {

    @PersistenceCreator
    public RegisteredDelegation {
    }

    public RegisteredDelegation(String delegationId, String locality, String coordinatorId, List<Traveller> members) {
        this(delegationId, locality, coordinatorId, members, null, null, null);
    }

    /** The same delegation with these members. */
    public RegisteredDelegation withMembers(List<Traveller> newMembers) {
        return new RegisteredDelegation(delegationId, locality, coordinatorId, newMembers, country, hotpotTeamName, stall);
    }

    /** The same delegation served by this coordinator. */
    public RegisteredDelegation withCoordinator(String newCoordinatorId) {
        return new RegisteredDelegation(delegationId, locality, newCoordinatorId, members, country, hotpotTeamName, stall);
    }

    /** The same delegation with these details. */
    public RegisteredDelegation withDetails(String newLocality, String newCountry, String newTeamName, StallApplication newStall) {
        return new RegisteredDelegation(delegationId, newLocality, coordinatorId, members, newCountry, newTeamName, newStall);
    }

    /** The members in its hotpot contest team (none: it has no team). */
    public List<Traveller> hotpotTeam() {
        return members.stream().filter(Traveller::hotpotTeam).toList();
    }

    /** What the contest's draw goes by: the team's members, name and country. */
    public List<Object> teamAsDrawn() {
        return List.of(hotpotTeam().stream().map(Traveller::memberId).toList(), String.valueOf(hotpotTeamName), String.valueOf(country));
    }

    /**
     * The delegation with its team's members signed up for {@code drawn} (their heat, and the
     * final if they reached it) instead of any of the contest's {@code sessions} (not drawn: as registered).
     */
    public RegisteredDelegation inContest(List<String> drawn, Set<String> sessions) {
        if (drawn == null) {
            return this;
        }
        return withMembers(members.stream().map(m -> m.hotpotTeam() ? m.inContest(drawn, sessions) : m).toList());
    }

    /**
     * @param departsAt      when the member's scheduled departure from Chongqing leaves, if known
     * @param remoteTimeZone the zone of a member who speaks by video link (null for those in Chongqing)
     * @param needs          diets, allergens, languages and accessibility
     * @param stay           the hotel nights asked for and how the member leaves
     */
    public record Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends, Instant departsAt,
                            String remoteTimeZone, Needs needs, Stay stay, boolean hotpotTeam) {

        @PersistenceCreator
        public Traveller {
            needs = needs == null ? Needs.NONE : needs;
            stay = stay == null ? Stay.NONE : stay;
        }

        public Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends, Instant departsAt,
                         String remoteTimeZone, Needs needs, Stay stay) {
            this(memberId, role, name, arrival, attends, departsAt, remoteTimeZone, needs, stay, false);
        }

        public Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends) {
            this(memberId, role, name, arrival, attends, null, null, Needs.NONE, Stay.NONE);
        }

        public Traveller(String memberId, String role, String name, Arrival arrival, List<String> attends, Instant departsAt) {
            this(memberId, role, name, arrival, attends, departsAt, null, Needs.NONE, Stay.NONE);
        }

        Traveller with(Arrival newArrival, List<String> newAttends, Instant newDepartsAt) {
            return new Traveller(memberId, role, name, newArrival, newAttends, newDepartsAt, remoteTimeZone, needs, stay, hotpotTeam);
        }

        Traveller travelling(Arrival newArrival, Instant newDepartsAt, Stay newStay) {
            return new Traveller(memberId, role, name, newArrival, attends, newDepartsAt, remoteTimeZone, needs, newStay, hotpotTeam);
        }

        Traveller withRemote(List<String> newAttends, String newRemoteTimeZone, boolean newHotpotTeam) {
            return new Traveller(memberId, role, name, arrival, newAttends, departsAt, newRemoteTimeZone, needs, stay, newHotpotTeam);
        }

        /** The same member signed up for {@code heat} instead of any of {@code heats} (the heat their team was drawn into). */
        Traveller inContest(List<String> drawn, Set<String> sessions) {
            List<String> now = new ArrayList<>(attends.stream().filter(s -> !sessions.contains(s)).toList());
            now.addAll(drawn);
            return new Traveller(memberId, role, name, arrival, now, departsAt, remoteTimeZone, needs, stay, hotpotTeam);
        }

        Traveller withNeeds(Needs newNeeds) {
            return new Traveller(memberId, role, name, arrival, attends, departsAt, remoteTimeZone, newNeeds, stay, hotpotTeam);
        }

        Traveller renamed(String newRole, String newName) {
            return new Traveller(memberId, newRole, newName, arrival, attends, departsAt, remoteTimeZone, needs, stay, hotpotTeam);
        }

        public boolean head() {
            return "HEAD".equals(role);
        }

        /** When the member now leaves: their departure as reported (delayed, re-timed), else as registered. */
        public Instant leavesAt() {
            return stay.departureExpectedAt() != null ? stay.departureExpectedAt() : departsAt;
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

    /**
     * Where the member sleeps and how they leave: the hotel nights they asked for (each the date the
     * night begins), and their departure's mode (AIR, RAIL, ROAD), flight or train, and port. A
     * flight-status report on the departing flight may add when it is now expected to leave
     * ({@code departureExpectedAt}) or mark it cancelled; {@code departureReportedAt} is the time of
     * the report applied, so older or repeated reports change nothing. {@code roommateId}: the member
     * of the delegation they asked to share a double room with; {@code sharesAs} (WOMAN, MAN): they
     * share with any member of the delegation who chose the same.
     */
    public record Stay(List<LocalDate> hotelNights, String departureMode, String departureService, String departurePort,
                       Instant departureExpectedAt, boolean departureCancelled, Instant departureReportedAt, String roommateId,
                       String sharesAs) {

        public static final Stay NONE = new Stay(List.of(), null, null, null);

        @PersistenceCreator
        public Stay {
            hotelNights = hotelNights == null ? List.of() : hotelNights.stream().distinct().sorted().toList();
        }

        public Stay(List<LocalDate> hotelNights, String departureMode, String departureService, String departurePort) {
            this(hotelNights, departureMode, departureService, departurePort, null, false, null, null, null);
        }

        /** The same stay shared with this member of the delegation (null: a room of one's own). */
        public Stay sharingWith(String memberId) {
            return sharing(memberId, null);
        }

        /** The same stay shared with this member, or with any member who chose the same {@code sharesAs} (both null: alone). */
        public Stay sharing(String roommateId, String sharesAs) {
            return new Stay(hotelNights, departureMode, departureService, departurePort, departureExpectedAt, departureCancelled,
                    departureReportedAt, roommateId, sharesAs);
        }

        Stay reported(Instant expectedAt, boolean cancelled, Instant reportedAt) {
            return new Stay(hotelNights, departureMode, departureService, departurePort, expectedAt, cancelled, reportedAt, roommateId,
                    sharesAs);
        }
    }
}
