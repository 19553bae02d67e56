package org.cqfriendship.logistics.itinerary.transfers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The whole-board model of transfers the service used before trips were stored one by one, kept
 * as the property tests' oracle: the service must book exactly as it does.
 * <p>
 * The trips from one port. Assigning a delegation moves only its own passengers: they are taken
 * off the board and put back, each joining a trip whose window covers their arrival and that has
 * room (seats, luggage, access), or a new trip on a vehicle free for that window and its
 * turnaround. Nobody else's vehicle changes, so a delayed flight reassigns exactly the pickups on it.
 */
record TransferBoard(String port, List<Trip> trips) {

    TransferBoard {
        trips = List.copyOf(trips);
    }

    /** The board with the delegation's passengers here replaced by these. */
    TransferBoard assign(String delegationId, List<Passenger> passengers, Fleet fleet) {
        List<Passenger> aboard = trips.stream().flatMap(t -> t.passengers().stream()).filter(p -> p.delegationId().equals(delegationId))
                .toList();
        if (!passengers.isEmpty() && aboard.size() == passengers.size() && aboard.containsAll(passengers)) {
            return this; // asked again for exactly what it has: nothing moves
        }
        List<Trip> board = new ArrayList<>(trips.stream().map(t -> t.without(delegationId)).filter(t -> !t.passengers().isEmpty()).toList());
        Schedule schedule = new Schedule(fleet.window().plus(fleet.turnaround()));
        board.forEach(schedule::add);
        List<Passenger> ordered = passengers.stream()
                .sorted(Comparator.comparing(Passenger::arrivalAt).thenComparing(p -> !p.head()).thenComparing(Passenger::memberId))
                .toList();
        for (Passenger passenger : ordered) {
            if (passenger.head()) {
                Optional<String> car = free(schedule, fleet, passenger.arrivalAt(), type -> type.headsOnly()
                        && (type.accessible() || !passenger.accessible()));
                if (car.isPresent()) {
                    Trip trip = new Trip(car.get() + "@" + passenger.arrivalAt().getEpochSecond(), car.get(), typeOf(car.get()),
                            passenger.arrivalAt(), List.of(passenger));
                    board.add(trip);
                    schedule.add(trip);
                    continue;
                }
            }
            join(board, passenger, fleet).ifPresentOrElse(i -> board.set(i, board.get(i).with(passenger)), () -> {
                Trip trip = newTrip(schedule, passenger, ordered, fleet);
                board.add(trip);
                schedule.add(trip);
            });
        }
        board.sort(Comparator.comparing(Trip::slotStart).thenComparing(Trip::tripId));
        return new TransferBoard(port, board);
    }

    /** A trip the passenger fits: an interpreter their head's car first, anyone a shared trip, their own delegation's first. */
    private Optional<Integer> join(List<Trip> board, Passenger passenger, Fleet fleet) {
        if (passenger.interpreter()) {
            Optional<Integer> headsCar = join(board, passenger, fleet, true);
            if (headsCar.isPresent()) {
                return headsCar;
            }
        }
        return join(board, passenger, fleet, false);
    }

    private Optional<Integer> join(List<Trip> board, Passenger passenger, Fleet fleet, boolean headsCar) {
        Integer best = null;
        for (int i = 0; i < board.size(); i++) {
            Trip trip = board.get(i);
            Fleet.VehicleType type = type(fleet, trip);
            if (trip.vehicleId() == null || type == null || type.headsOnly() != headsCar || (passenger.accessible() && !type.accessible())
                    || (headsCar && trip.passengers().stream().noneMatch(p -> p.head() && p.delegationId().equals(passenger.delegationId())))) {
                continue;
            }
            boolean inWindow = !passenger.arrivalAt().isBefore(trip.slotStart())
                    && !passenger.arrivalAt().isAfter(trip.slotStart().plus(fleet.window()));
            int people = trip.passengers().size() + 1;
            if (inWindow && people <= type.seats() && people * fleet.luggagePerPerson() <= type.luggage()) {
                boolean sameDelegation = trip.passengers().stream().anyMatch(p -> p.delegationId().equals(passenger.delegationId()));
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

    /** A new trip on the smallest free vehicle that takes the rest of the party arriving within the window. */
    private Trip newTrip(Schedule schedule, Passenger passenger, List<Passenger> party, Fleet fleet) {
        long coming = party.stream().filter(p -> !p.head() && !p.arrivalAt().isBefore(passenger.arrivalAt())
                && !p.arrivalAt().isAfter(passenger.arrivalAt().plus(fleet.window()))).count();
        // Accessible vehicles are kept for those who need them while others will do.
        List<Fleet.VehicleType> shared = fleet.at(port).stream().filter(t -> !t.headsOnly() && (t.accessible() || !passenger.accessible()))
                .sorted(Comparator.comparing((Fleet.VehicleType t) -> t.accessible() && !passenger.accessible())
                        .thenComparingInt(Fleet.VehicleType::seats)).toList();
        List<Fleet.VehicleType> fitting = new ArrayList<>(shared.stream().filter(t -> t.seats() >= coming).toList());
        shared.stream().filter(t -> t.seats() < coming).sorted(Comparator.comparingInt(Fleet.VehicleType::seats).reversed())
                .forEach(fitting::add);
        for (Fleet.VehicleType type : fitting) {
            Optional<String> vehicle = free(schedule, fleet, passenger.arrivalAt(), t -> t.equals(type));
            if (vehicle.isPresent()) {
                return new Trip(vehicle.get() + "@" + passenger.arrivalAt().getEpochSecond(), vehicle.get(), type.type(),
                        passenger.arrivalAt(), List.of(passenger));
            }
        }
        return new Trip("unassigned:" + passenger.delegationId() + ":" + passenger.memberId(), null, null, passenger.arrivalAt(),
                List.of(passenger));
    }

    /** The first vehicle of a matching type at this port with no trip overlapping a trip starting then. */
    private Optional<String> free(Schedule schedule, Fleet fleet, Instant startsAt, Predicate<Fleet.VehicleType> wanted) {
        for (Fleet.VehicleType type : fleet.at(port)) {
            if (!wanted.test(type)) {
                continue;
            }
            for (int n = 1; n <= type.count(); n++) {
                String id = vehicleId(type, n);
                if (schedule.isFree(id, startsAt)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * When each vehicle's trips start, so that finding a free one reads that vehicle's few trips of
     * the day instead of the whole board. A trip keeps its vehicle from its start for {@code busy}
     * (the window and the turnaround).
     */
    private static final class Schedule {

        private final Duration busy;
        private final Map<String, List<Instant>> starts = new HashMap<>();

        Schedule(Duration busy) {
            this.busy = busy;
        }

        void add(Trip trip) {
            if (trip.vehicleId() != null) {
                starts.computeIfAbsent(trip.vehicleId(), v -> new ArrayList<>()).add(trip.slotStart());
            }
        }

        boolean isFree(String vehicleId, Instant startsAt) {
            return starts.getOrDefault(vehicleId, List.of()).stream()
                    .noneMatch(start -> start.isBefore(startsAt.plus(busy)) && startsAt.isBefore(start.plus(busy)));
        }
    }

    private String vehicleId(Fleet.VehicleType type, int n) {
        return port + "-" + type.type() + "-" + (n < 10 ? "0" + n : String.valueOf(n));
    }

    private String typeOf(String vehicleId) {
        return vehicleId.substring(port.length() + 1, vehicleId.lastIndexOf('-'));
    }

    private Fleet.VehicleType type(Fleet fleet, Trip trip) {
        return fleet.at(port).stream().filter(t -> t.type().equals(trip.type())).findFirst().orElse(null);
    }
}
