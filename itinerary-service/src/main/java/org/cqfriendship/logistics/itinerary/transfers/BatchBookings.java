package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.DelegationRides;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Pending;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.StoredTrip;
import org.jspecify.annotations.Nullable;

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
 * What a batch of bookings reads and leaves: the batch's rides and the trips they name, read once
 * before it, with each booking's result laid over them, so that every booking sees those before it
 * and the batch is written as one ledger version.
 *
 * <p>Planning itself needs no stored trip, only the trips on a vehicle near each arrival, from
 * memory ({@link VehicleTrips}). A trip's passengers are needed only to write it again, so the
 * trips a booking joins that the batch has not read (another delegation's trip, which holds none of
 * the batch's delegations, or it would be in their rides) are laid over as the passengers the
 * batch added ({@link Joined}), and read once, all together, when the batch is written. Reading
 * every trip near the batch's arrivals instead cost a read that grew with the number of trips in
 * those hours, that is with the conference.
 *
 * <p>This is exact because of what is stored: a trip with passengers either has a vehicle, and then
 * it is in {@link VehicleTrips} (caught up to the ledger read), or has none, and then it is one
 * member's own trip, named in that delegation's rides. Any other trip a booking names is new, or
 * empty.
 */
final class BatchBookings implements TransferBook.Stored {

    /** What the batch reads from the store, each with one query. */
    interface Store {

        /** The delegations' rides as stored (those that have any). */
        Map<String, DelegationRides> ridesOf(Collection<String> delegationIds);

        Map<String, Trip> trips(Collection<String> tripIds);
    }

    /**
     * A stored trip on a vehicle the batch has not read: as planning knows it ({@code slot}, its
     * count as stored) and the passengers the batch's bookings put on it.
     */
    private record Joined(TripSlot slot, Trip added) {

        Joined with(Trip now) {
            return new Joined(slot, now);
        }

        TripSlot slotNow() {
            return slot.withPeople(slot.people() + added.passengers().size());
        }
    }

    private final VehicleTrips stored;
    private final Store store;
    private final Map<String, List<RideRef>> rides;
    /** The registration's version each delegation's rides were last booked for, where known. */
    private final Map<String, Long> bookedFor;
    private final Map<String, Trip> trips;
    private final Map<String, Joined> joined = new HashMap<>();
    private final VehicleTrips changedSlots = new VehicleTrips();
    private final Map<String, String> changedTrips = new LinkedHashMap<>();
    private final Map<String, List<RideRef>> changedRides = new LinkedHashMap<>();

    private BatchBookings(VehicleTrips stored, Store store, Map<String, List<RideRef>> rides, Map<String, Long> bookedFor,
                          Map<String, Trip> trips) {
        this.bookedFor = bookedFor;
        this.stored = stored;
        this.store = store;
        this.rides = rides;
        this.trips = trips;
    }

    /** Reads the rides of these delegations and the trips they name. */
    static BatchBookings read(Collection<String> delegationIds, VehicleTrips stored, Store store) {
        Map<String, DelegationRides> read = store.ridesOf(delegationIds);
        Map<String, List<RideRef>> rides = new HashMap<>();
        Set<String> tripIds = new HashSet<>();
        Map<String, Long> bookedFor = new HashMap<>();
        read.forEach((id, delegation) -> {
            rides.put(id, delegation.rides());
            delegation.rides().forEach(r -> tripIds.add(r.tripId()));
            if (delegation.delegationVersion() != null) {
                bookedFor.put(id, delegation.delegationVersion());
            }
        });
        return new BatchBookings(stored, store, rides, bookedFor, new HashMap<>(store.trips(tripIds)));
    }

    /**
     * Whether the delegation's rides are booked for a newer version of its registration than
     * {@code delegationVersion} already: a replayed older version (its booking entered, then a
     * crash before its itinerary was written) must not book it again and tell its change twice.
     */
    boolean bookedAfter(String delegationId, @Nullable Long delegationVersion) {
        Long booked = bookedFor.get(delegationId);
        return delegationVersion != null && booked != null && delegationVersion < booked;
    }

    /** Lays a booking's result over what the batch read, for the bookings after it. */
    void booked(String delegationId, TransferBook.Booking booking) {
        booked(delegationId, booking, null);
    }

    /** The same, booked for that version of the registration (null: not known). */
    void booked(String delegationId, TransferBook.Booking booking, @Nullable Long delegationVersion) {
        if (delegationVersion != null) {
            bookedFor.merge(delegationId, delegationVersion, Math::max);
        }
        booking.tripsByPort().forEach((port, changed) -> changed.forEach(trip -> {
            Joined unread = joined.get(trip.tripId());
            if (unread != null) {
                joined.put(trip.tripId(), unread.with(trip));
                changedSlots.put(port, unread.with(trip).slotNow());
            } else {
                trips.put(trip.tripId(), trip);
                changedSlots.put(port, TripSlot.of(trip));
            }
            changedTrips.put(trip.tripId(), port);
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
        return new HashSet<>(changedTrips.values());
    }

    /**
     * The batch's writes, as the ledger version {@code entered} of {@code generation}: the trips it
     * joined unread are read now, with one query, and its passengers added after theirs.
     */
    Pending pending(long entered, String generation) {
        List<String> unread = changedTrips.keySet().stream().filter(joined::containsKey).toList();
        Map<String, Trip> read = unread.isEmpty() ? Map.of() : store.trips(unread);
        List<StoredTrip> written = new ArrayList<>();
        changedTrips.forEach((tripId, port) -> {
            Joined join = joined.get(tripId);
            Trip trip = join == null ? trips.get(tripId) : withStored(read.get(tripId), join.added());
            written.add(new StoredTrip(tripId, port, trip, entered));
        });
        List<DelegationRides> rides = changedRides.entrySet().stream()
                .map(e -> new DelegationRides(e.getKey(), e.getValue(), entered, bookedFor.get(e.getKey()))).toList();
        return new Pending(entered, generation, written, rides);
    }

    private static Trip withStored(Trip stored, Trip added) {
        if (stored == null) {
            return added; // emptied and taken since the ledger was read: this batch's save will fail its guard and read again
        }
        List<Passenger> passengers = new ArrayList<>(stored.passengers());
        passengers.addAll(added.passengers());
        return new Trip(stored.tripId(), stored.vehicleId(), stored.type(), stored.slotStart(), passengers);
    }

    @Override
    public List<RideRef> ridesOf(String delegationId) {
        return rides.getOrDefault(delegationId, List.of());
    }

    @Override
    public List<TripSlot> startingBetween(String port, Instant from, Instant until) {
        List<TripSlot> found = stored.startingBetween(port, from, until);
        if (changedTrips.isEmpty()) {
            return found;
        }
        found.removeIf(t -> changedTrips.containsKey(t.tripId()));
        found.addAll(changedSlots.startingBetween(port, from, until));
        return found;
    }

    /**
     * The trips as the batch knows them: read or changed whole, or, for a stored trip on a vehicle
     * it has not read, only the passengers the batch added (none before a booking joins it).
     */
    @Override
    public Map<String, Trip> trips(Collection<String> tripIds) {
        Map<String, Trip> found = new HashMap<>();
        for (String id : tripIds) {
            if (trips.containsKey(id)) {
                found.put(id, trips.get(id));
            } else if (joined.containsKey(id)) {
                found.put(id, joined.get(id).added());
            } else {
                VehicleTrips.PortTrip onVehicle = stored.find(id);
                if (onVehicle != null) {
                    TripSlot slot = onVehicle.trip();
                    Joined join = new Joined(slot, new Trip(id, slot.vehicleId(), slot.type(), slot.slotStart(), List.of()));
                    joined.put(id, join);
                    found.put(id, join.added());
                }
            }
        }
        return found;
    }
}
