package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.DelegationRides;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Pending;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.StoredTrip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of bookings reads and leaves: the rides and trips the batch can touch, read once
 * before it, with each booking's result laid over them, so that every booking sees those before it
 * and the batch is written as one ledger version.
 *
 * <p>Reading every trip the batch can touch up front is exact because of what is stored: a trip
 * with passengers either has a vehicle, and then it is in {@link VehicleTrips} (caught up to the
 * ledger read) and found near an arrival, or has none, and then it is one member's own trip,
 * named in that delegation's rides. Any other trip a booking names is new, or empty.
 */
final class BatchBookings implements TransferBook.Stored {

    /** What the batch reads from the store, each with one query. */
    interface Store {

        Map<String, List<RideRef>> ridesOf(Collection<String> delegationIds);

        Map<String, Trip> trips(Collection<String> tripIds);
    }

    private final VehicleTrips stored;
    private final Map<String, List<RideRef>> rides;
    private final Map<String, Trip> trips;
    private final VehicleTrips changedSlots = new VehicleTrips();
    private final Map<String, StoredTrip> changedTrips = new LinkedHashMap<>();
    private final Map<String, List<RideRef>> changedRides = new LinkedHashMap<>();

    private BatchBookings(VehicleTrips stored, Map<String, List<RideRef>> rides, Map<String, Trip> trips) {
        this.stored = stored;
        this.rides = rides;
        this.trips = trips;
    }

    /** Reads the rides of these delegations and every trip the bookings of these passengers (by port, per booking) can touch. */
    static BatchBookings read(Collection<String> delegationIds, List<Map<String, List<Passenger>>> passengers, VehicleTrips stored,
                              Store store, Fleet fleet) {
        Map<String, List<RideRef>> rides = new HashMap<>(store.ridesOf(delegationIds));
        Set<String> tripIds = new HashSet<>();
        rides.values().forEach(refs -> refs.forEach(r -> tripIds.add(r.tripId())));
        TransferBook.Stored nearOnly = new TransferBook.Stored() {
            @Override
            public List<RideRef> ridesOf(String delegationId) {
                return List.of();
            }

            @Override
            public List<TripSlot> startingBetween(String port, Instant from, Instant until) {
                return stored.startingBetween(port, from, until);
            }

            @Override
            public Map<String, Trip> trips(Collection<String> ids) {
                return Map.of();
            }
        };
        passengers.forEach(byPort -> byPort.forEach((port, arriving) ->
                TransferBook.near(port, arriving, nearOnly, fleet).forEach(t -> tripIds.add(t.tripId()))));
        return new BatchBookings(stored, rides, new HashMap<>(store.trips(tripIds)));
    }

    /** Lays a booking's result over what the batch read, for the bookings after it. */
    void booked(String delegationId, TransferBook.Booking booking) {
        booking.tripsByPort().forEach((port, changed) -> changed.forEach(trip -> {
            trips.put(trip.tripId(), trip);
            changedTrips.put(trip.tripId(), new StoredTrip(trip.tripId(), port, trip, 0));
            changedSlots.put(port, TripSlot.of(trip));
        }));
        if (booking.ridesChanged()) {
            rides.put(delegationId, booking.rides());
            changedRides.put(delegationId, booking.rides());
        }
    }

    boolean changesNothing() {
        return changedTrips.isEmpty() && changedRides.isEmpty();
    }

    /** Every port with a trip the batch changed. */
    Set<String> ports() {
        Set<String> ports = new HashSet<>();
        changedTrips.values().forEach(t -> ports.add(t.port()));
        return ports;
    }

    /** The batch's writes, as the ledger version {@code entered} of {@code generation}. */
    Pending pending(long entered, String generation) {
        List<StoredTrip> trips = changedTrips.values().stream().map(t -> new StoredTrip(t.id(), t.port(), t.trip(), entered)).toList();
        List<DelegationRides> rides = changedRides.entrySet().stream()
                .map(e -> new DelegationRides(e.getKey(), e.getValue(), entered)).toList();
        return new Pending(entered, generation, trips, rides);
    }

    @Override
    public List<RideRef> ridesOf(String delegationId) {
        return rides.getOrDefault(delegationId, List.of());
    }

    @Override
    public List<TripSlot> startingBetween(String port, Instant from, Instant until) {
        List<TripSlot> found = new ArrayList<>(stored.startingBetween(port, from, until).stream()
                .filter(t -> !changedTrips.containsKey(t.tripId())).toList());
        found.addAll(changedSlots.startingBetween(port, from, until));
        return found;
    }

    @Override
    public Map<String, Trip> trips(Collection<String> tripIds) {
        Map<String, Trip> found = new HashMap<>();
        tripIds.stream().filter(trips::containsKey).forEach(id -> found.put(id, trips.get(id)));
        return found;
    }
}
