package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stored transfers in memory, for booking without a store: each booking's writes applied as the service applies them. */
final class InMemoryTransfers implements TransferBook.Stored {

    private final Map<String, List<RideRef>> rides = new HashMap<>();
    private final VehicleTrips vehicleTrips = new VehicleTrips();
    private final Map<String, Trip> trips = new HashMap<>();
    private final Map<String, String> ports = new HashMap<>();

    TransferBook.Booking book(String delegationId, Map<String, List<Passenger>> passengers, Fleet fleet) {
        TransferBook.Booking booking = TransferBook.book(delegationId, passengers, this, fleet);
        booking.tripsByPort().forEach((port, changed) -> changed.forEach(t -> {
            trips.put(t.tripId(), t);
            ports.put(t.tripId(), port);
            vehicleTrips.put(port, TripSlot.of(t));
        }));
        if (booking.ridesChanged()) {
            rides.put(delegationId, booking.rides());
        }
        return booking;
    }

    /** A batch of bookings over what is stored here, read as the service reads it. */
    BatchBookings batch(Collection<String> delegationIds) {
        return BatchBookings.read(delegationIds, vehicleTrips, new BatchBookings.Store() {
            @Override
            public Map<String, TransferDocuments.DelegationRides> ridesOf(Collection<String> ids) {
                Map<String, TransferDocuments.DelegationRides> found = new HashMap<>();
                ids.stream().filter(rides::containsKey).forEach(id -> found.put(id, new TransferDocuments.DelegationRides(id, rides.get(id), 0, null)));
                return found;
            }

            @Override
            public Map<String, Trip> trips(Collection<String> tripIds) {
                return InMemoryTransfers.this.trips(tripIds);
            }
        });
    }

    /** A batch's writes, applied as the service applies them. */
    void write(TransferDocuments.Pending pending) {
        pending.trips().forEach(t -> {
            trips.put(t.id(), t.trip());
            ports.put(t.id(), t.port());
            vehicleTrips.put(t.port(), TripSlot.of(t.trip()));
        });
        pending.rides().forEach(r -> rides.put(r.id(), r.rides()));
    }

    /** Every trip with passengers, as the manifests list them. */
    List<Trip> trips() {
        return trips.values().stream().filter(t -> !t.passengers().isEmpty())
                .sorted(Comparator.comparing(Trip::slotStart).thenComparing(Trip::tripId)).toList();
    }

    /** The trip summaries planning reads, at every port. */
    List<TripSlot> slots() {
        return Set.copyOf(ports.values()).stream().flatMap(port -> vehicleTrips.startingBetween(port, Instant.MIN, Instant.MAX).stream())
                .toList();
    }

    @Override
    public List<RideRef> ridesOf(String delegationId) {
        return rides.getOrDefault(delegationId, List.of());
    }

    @Override
    public List<TripSlot> startingBetween(String port, Instant from, Instant until) {
        return vehicleTrips.startingBetween(port, from, until);
    }

    @Override
    public Map<String, Trip> trips(Collection<String> tripIds) {
        Map<String, Trip> found = new HashMap<>();
        tripIds.stream().filter(trips::containsKey).forEach(t -> found.put(t, trips.get(t)));
        return found;
    }
}
