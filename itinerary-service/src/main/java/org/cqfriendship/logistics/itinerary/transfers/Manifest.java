package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.programme.Session;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the drivers and the airport desk need for one port and day: each vehicle's run with its
 * passengers, and who has no vehicle yet (the fleet there was all taken, or, {@code noFleet},
 * no vehicle is set up at the port at all).
 */
public record Manifest(String port, LocalDate day, List<Run> runs, List<Rider> unassigned, boolean noFleet) {

    /**
     * @param waitsFrom the first arrival it waits for; {@code leavesAt} the last
     */
    public record Run(String vehicleId, String vehicleType, int seats, int seatsTaken, int luggage, OffsetDateTime waitsFrom,
                      OffsetDateTime leavesAt, List<Rider> riders) {
    }

    public record Rider(String delegationId, String locality, String name, boolean head, boolean accessible, String service,
                        OffsetDateTime arrivesAt) {
    }

    /** A passenger and the vehicle waiting for them (null: none yet), for the arrivals board. */
    public record Arrival(Rider rider, String vehicleId) {
    }

    /** Everyone arriving at this port on this day, in order of arrival, with their vehicle. */
    public List<Arrival> arrivals() {
        return java.util.stream.Stream.concat(
                        runs.stream().flatMap(run -> run.riders().stream().map(rider -> new Arrival(rider, run.vehicleId()))),
                        unassigned.stream().map(rider -> new Arrival(rider, null)))
                .sorted(java.util.Comparator.comparing((Arrival a) -> a.rider().arrivesAt()).thenComparing(a -> a.rider().name()))
                .toList();
    }

    static Manifest of(String port, LocalDate day, List<Trip> trips, Fleet fleet) {
        List<Run> runs = trips.stream().filter(t -> t.vehicleId() != null).map(t -> {
            Fleet.VehicleType type = fleet.at(port).stream().filter(v -> v.type().equals(t.type())).findFirst().orElse(null);
            return new Run(t.vehicleId(), t.type(), type == null ? 0 : type.seats(), t.passengers().size(),
                    t.passengers().size() * fleet.luggagePerPerson(), local(t.firstArrival()), local(t.departsAt()),
                    t.passengers().stream().map(Manifest::rider).toList());
        }).toList();
        List<Rider> unassigned = trips.stream().filter(t -> t.vehicleId() == null)
                .flatMap(t -> t.passengers().stream()).map(Manifest::rider).toList();
        return new Manifest(port, day, runs, unassigned, fleet.at(port).isEmpty());
    }

    private static Rider rider(Passenger p) {
        return new Rider(p.delegationId(), p.locality(), p.name(), p.head(), p.accessible(), p.service(), local(p.arrivalAt()));
    }

    private static OffsetDateTime local(java.time.Instant instant) {
        return instant.atZone(Session.CONFERENCE_ZONE).toOffsetDateTime();
    }
}
