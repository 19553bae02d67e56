package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.support.config.ConferenceTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the drivers and the airport desk need for one port and day: each vehicle's run with its
 * passengers, from the port and to it, and who has no vehicle yet (the fleet there was all taken,
 * or, {@code noFleet}, no vehicle is set up at the port at all).
 */
public record Manifest(String port, LocalDate day, List<Run> runs, List<Rider> unassigned, boolean noFleet) {

    /**
     * From the port it waits from {@code waitsFrom}, the first arrival, and leaves at
     * {@code leavesAt}, with the last. To the port ({@code departing}) it collects its passengers
     * at {@code from} and leaves at {@code leavesAt}, when the first of them must go.
     */
    public record Run(String vehicleId, String vehicleType, int seats, int seatsTaken, int luggage, OffsetDateTime waitsFrom,
                      OffsetDateTime leavesAt, boolean departing, String from, List<Rider> riders) {

        /** A run from the port whose riders were all met at the desk (their badges scanned). */
        @com.fasterxml.jackson.annotation.JsonProperty("done")
        public boolean done() {
            return !departing && !riders.isEmpty() && riders.stream().allMatch(rider -> rider.metAt() != null);
        }
    }

    /**
     * {@code arrivesAt}: when the rider lands or, departing, when they are due to leave
     * {@code from}; {@code atPort}: when a departing rider must be at the port; {@code metAt}: when an
     * arriving rider's badge was scanned at the port's desk (null: not yet).
     */
    public record Rider(String delegationId, String locality, String memberId, String name, boolean head, boolean accessible,
                        String service, OffsetDateTime arrivesAt, boolean departing, String from, OffsetDateTime atPort,
                        OffsetDateTime metAt) {
    }

    /** A passenger and the vehicle waiting for them (null: none yet), for the arrivals board. */
    public record Arrival(Rider rider, String vehicleId) {
    }

    /** The runs from the port. */
    public List<Run> arrivalRuns() {
        return runs.stream().filter(run -> !run.departing()).toList();
    }

    /** The runs to the port, by when they leave. */
    public List<Run> departureRuns() {
        return runs.stream().filter(Run::departing).sorted(Comparator.comparing(Run::leavesAt)).toList();
    }

    /** Those arriving with no vehicle yet. */
    public List<Rider> unassignedArriving() {
        return unassigned.stream().filter(rider -> !rider.departing()).toList();
    }

    /** Those departing with no vehicle yet. */
    public List<Rider> unassignedDeparting() {
        return unassigned.stream().filter(Rider::departing).toList();
    }

    /** Everyone arriving at this port on this day, in order of arrival, with their vehicle. */
    public List<Arrival> arrivals() {
        return Stream.concat(arrivalRuns().stream().flatMap(run -> run.riders().stream().map(rider -> new Arrival(rider, run.vehicleId()))),
                        unassignedArriving().stream().map(rider -> new Arrival(rider, null)))
                .sorted(Comparator.comparing((Arrival a) -> a.rider().arrivesAt()).thenComparing(a -> a.rider().name()))
                .toList();
    }

    static Manifest of(String port, LocalDate day, List<Trip> trips, Fleet fleet) {
        return of(port, day, trips, fleet, Map.of());
    }

    /** {@code met}: when riders arriving were met at the port's desk, by member. */
    static Manifest of(String port, LocalDate day, List<Trip> trips, Fleet fleet, Map<String, Instant> met) {
        List<Run> runs = trips.stream().filter(t -> t.vehicleId() != null).map(t -> {
            Fleet.VehicleType type = fleet.at(port).stream().filter(v -> v.type().equals(t.type())).findFirst().orElse(null);
            return new Run(t.vehicleId(), t.type(), type == null ? 0 : type.seats(), t.passengers().size(),
                    t.passengers().size() * fleet.luggagePerPerson(), local(t.firstArrival()), local(t.departsAt()), t.departing(), t.from(),
                    t.passengers().stream().map(p -> rider(p, met)).toList());
        }).toList();
        List<Rider> unassigned = trips.stream().filter(t -> t.vehicleId() == null)
                .flatMap(t -> t.passengers().stream()).map(p -> rider(p, met)).toList();
        return new Manifest(port, day, runs, unassigned, fleet.at(port).isEmpty());
    }

    private static Rider rider(Passenger p, Map<String, Instant> met) {
        return new Rider(p.delegationId(), p.locality(), p.memberId(), p.name(), p.head(), p.accessible(), p.service(), local(p.arrivalAt()),
                p.departing(), p.from(), local(p.atPort()), p.departing() ? null : local(met.get(p.memberId())));
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(ConferenceTime.ZONE).toOffsetDateTime();
    }
}
