package org.cqfriendship.logistics.itinerary.transfers;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Puts one delegation's passengers at one port on vehicles, among the trips near their arrivals
 * (the delegation's own passengers already taken off them); a passenger going to the port counts
 * from when they leave where they stay, and a vehicle serves both ways. A head of delegation gets
 * a car, which takes only them and their interpreters travelling with them (a party travels
 * together); the others join a trip the same way whose window covers their arrival and that has room (seats, luggage,
 * access), preferring one their delegation is already on, or start a new trip on the smallest
 * free vehicle that takes the rest of the party arriving within the window. Nobody else's
 * vehicle changes.
 * <p>
 * Only trips starting within the busy time (window plus turnaround) of an arrival can matter: a
 * passenger joins a trip that opened at most a window before, and a vehicle is free unless one of
 * its trips starts within the busy time. So the caller reads just those, and a booking costs the
 * same whatever the size of the day.
 */
final class TransferPlanner {

    /** Each passenger's trip id (by leg), and the trips after planning (nearby ones with their new counts, and the new ones). */
    record Plan(Map<Passenger.Leg, String> tripOfMember, List<TripSlot> trips) {
    }

    private final String port;
    private final Fleet fleet;
    private final List<TripSlot> trips;
    /** Each trip's vehicle type (null: none, or not one of this port's), by the trip's index: looked up once, read per passenger. */
    private final List<Fleet.@Nullable VehicleType> typeOfTrip;
    private final Set<String> ours = new HashSet<>();
    /** Each vehicle's trip starts, made when a free vehicle is first looked for (many bookings only join trips). */
    private @Nullable Map<String, List<Instant>> starts;
    private final Duration busy;
    private final Map<String, Fleet.VehicleType> types = new HashMap<>();

    private TransferPlanner(String port, Fleet fleet, List<TripSlot> nearby) {
        this.port = port;
        this.fleet = fleet;
        this.busy = fleet.window().plus(fleet.turnaround());
        fleet.at(port).forEach(t -> types.putIfAbsent(t.type(), t));
        this.trips = new ArrayList<>(nearby.size());
        nearby.forEach(t -> {
            if (t.people() > 0) {
                trips.add(t);
            }
        });
        trips.sort(TransferPlanner::byStartThenId);
        this.typeOfTrip = new ArrayList<>(trips.size());
        trips.forEach(t -> typeOfTrip.add(type(t.type())));
    }

    /** The trips' order: their start, then their id. Written out, since a booking at a busy hour sorts thousands. */
    private static int byStartThenId(TripSlot a, TripSlot b) {
        int byStart = a.slotStart().compareTo(b.slotStart());
        return byStart != 0 ? byStart : a.tripId().compareTo(b.tripId());
    }

    /** The earliest trip start that can matter to a passenger arriving at {@code arrivalAt}. */
    static Instant nearFrom(Instant arrivalAt, Fleet fleet) {
        return arrivalAt.minus(fleet.window().plus(fleet.turnaround()));
    }

    /** The latest trip start that can matter to a passenger arriving at {@code arrivalAt}. */
    static Instant nearUntil(Instant arrivalAt, Fleet fleet) {
        return arrivalAt.plus(fleet.window().plus(fleet.turnaround()));
    }

    static Plan plan(String port, List<TripSlot> nearby, List<Passenger> passengers, Fleet fleet) {
        return new TransferPlanner(port, fleet, nearby).assign(passengers);
    }

    /** The order passengers are planned in, and ride in a trip: by arrival, a head first, then by member, arriving first. */
    static List<Passenger> ordered(List<Passenger> passengers) {
        return passengers.stream()
                .sorted(Comparator.comparing(Passenger::arrivalAt).thenComparing(p -> !p.head()).thenComparing(Passenger::memberId)
                        .thenComparing(Passenger::departing))
                .toList();
    }

    private Plan assign(List<Passenger> passengers) {
        List<Passenger> ordered = ordered(passengers);
        Map<Passenger.Leg, String> tripOf = new LinkedHashMap<>();
        for (Passenger passenger : ordered) {
            if (passenger.head()) {
                Optional<String> car = free(passenger.arrivalAt(), type -> type.headsOnly() && (type.accessible() || !passenger.accessible()));
                if (car.isPresent()) {
                    tripOf.put(passenger.leg(), add(new TripSlot(car.get() + "@" + passenger.arrivalAt().getEpochSecond(), car.get(),
                            typeOf(car.get()), passenger.arrivalAt(), 1, passenger.from())));
                    continue;
                }
            }
            Optional<Integer> joined = join(passenger);
            if (joined.isPresent()) {
                TripSlot trip = trips.get(joined.get());
                trips.set(joined.get(), trip.withPeople(trip.people() + 1));
                ours.add(trip.tripId());
                tripOf.put(passenger.leg(), trip.tripId());
            } else {
                tripOf.put(passenger.leg(), add(newTrip(passenger, ordered)));
            }
        }
        return new Plan(tripOf, List.copyOf(trips));
    }

    private String add(TripSlot trip) {
        trips.add(trip);
        typeOfTrip.add(type(trip.type()));
        ours.add(trip.tripId());
        schedule(trip);
        return trip.tripId();
    }

    /**
     * A trip the passenger fits: the same way (from the port, or to it from the same place), within
     * the window, with a seat, room for luggage and access if needed. An interpreter takes the car of their own head first; anyone else a shared trip,
     * one of their own delegation's first.
     */
    private Optional<Integer> join(Passenger passenger) {
        if (passenger.interpreter()) {
            Optional<Integer> headsCar = firstFitting(passenger, true);
            if (headsCar.isPresent()) {
                return headsCar;
            }
        }
        return firstFitting(passenger, false);
    }

    private Optional<Integer> firstFitting(Passenger passenger, boolean headsCar) {
        Integer best = null;
        // A trip is in the passenger's window when it opened at most a window before the arrival: the cheapest test, so first.
        Instant arrival = passenger.arrivalAt();
        Instant openedAfter = arrival.minus(fleet.window());
        for (int i = 0; i < trips.size(); i++) {
            TripSlot trip = trips.get(i);
            if (trip.vehicleId() == null || arrival.isBefore(trip.slotStart()) || trip.slotStart().isBefore(openedAfter)
                    || !Objects.equals(trip.from(), passenger.from())) {
                continue;
            }
            Fleet.VehicleType type = typeOfTrip.get(i);
            if (type == null || type.headsOnly() != headsCar || (passenger.accessible() && !type.accessible())
                    || (headsCar && !ours.contains(trip.tripId()))) {
                continue;
            }
            int people = trip.people() + 1;
            if (people <= type.seats() && people * fleet.luggagePerPerson() <= type.luggage()) {
                boolean sameDelegation = ours.contains(trip.tripId());
                if (best == null || sameDelegation) {
                    best = i;
                    if (sameDelegation) {
                        break;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A new trip on the smallest free vehicle that takes the rest of the party going the same way within the window. */
    private TripSlot newTrip(Passenger passenger, List<Passenger> party) {
        long coming = party.stream().filter(p -> !p.head() && Objects.equals(p.from(), passenger.from()) && !p.arrivalAt().isBefore(passenger.arrivalAt())
                && !p.arrivalAt().isAfter(passenger.arrivalAt().plus(fleet.window()))).count();
        // Accessible vehicles are kept for those who need them while others will do.
        List<Fleet.VehicleType> shared = fleet.at(port).stream().filter(t -> !t.headsOnly() && (t.accessible() || !passenger.accessible()))
                .sorted(Comparator.comparing((Fleet.VehicleType t) -> t.accessible() && !passenger.accessible())
                        .thenComparingInt(Fleet.VehicleType::seats)).toList();
        List<Fleet.VehicleType> fitting = new ArrayList<>(shared.stream().filter(t -> t.seats() >= coming).toList());
        shared.stream().filter(t -> t.seats() < coming).sorted(Comparator.comparingInt(Fleet.VehicleType::seats).reversed())
                .forEach(fitting::add);
        for (Fleet.VehicleType type : fitting) {
            Optional<String> vehicle = free(passenger.arrivalAt(), t -> t.equals(type));
            if (vehicle.isPresent()) {
                return new TripSlot(vehicle.get() + "@" + passenger.arrivalAt().getEpochSecond(), vehicle.get(), type.type(),
                        passenger.arrivalAt(), 1, passenger.from());
            }
        }
        return new TripSlot(unassignedTripId(passenger), null, null, passenger.arrivalAt(), 1, passenger.from());
    }

    static String unassignedTripId(Passenger passenger) {
        return "unassigned:" + passenger.delegationId() + ":" + passenger.memberId() + (passenger.departing() ? ":departing" : "");
    }

    /** The first vehicle of a matching type at this port with no trip overlapping a trip starting then. */
    private Optional<String> free(Instant startsAt, Predicate<Fleet.VehicleType> wanted) {
        for (Fleet.VehicleType type : fleet.at(port)) {
            if (!wanted.test(type)) {
                continue;
            }
            for (int n = 1; n <= type.count(); n++) {
                String id = vehicleId(type, n);
                if (isFree(id, startsAt)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** A trip keeps its vehicle from its start for the window and the turnaround. */
    private boolean isFree(String vehicleId, Instant startsAt) {
        if (starts == null) {
            starts = new HashMap<>(2 * trips.size());
            trips.forEach(this::schedule);
        }
        return starts.getOrDefault(vehicleId, List.of()).stream()
                .noneMatch(start -> start.isBefore(startsAt.plus(busy)) && startsAt.isBefore(start.plus(busy)));
    }

    private void schedule(TripSlot trip) {
        if (starts != null && trip.vehicleId() != null) {
            starts.computeIfAbsent(trip.vehicleId(), v -> new ArrayList<>()).add(trip.slotStart());
        }
    }

    private String vehicleId(Fleet.VehicleType type, int n) {
        return port + "-" + type.type() + "-" + (n < 10 ? "0" + n : String.valueOf(n));
    }

    private String typeOf(String vehicleId) {
        return vehicleId.substring(port.length() + 1, vehicleId.lastIndexOf('-'));
    }

    private Fleet.VehicleType type(String type) {
        return types.get(type);
    }
}
