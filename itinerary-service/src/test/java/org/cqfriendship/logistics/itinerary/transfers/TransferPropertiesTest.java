package org.cqfriendship.logistics.itinerary.transfers;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transfer assignment over any arrivals of any delegations, booked in any order, some of them
 * re-booked (delays): the service's booking (trips stored one by one, read only near each
 * arrival) keeps every rule, and books exactly as the whole-board model does.
 */
class TransferPropertiesTest {

    static final Instant MORNING = Instant.parse("2026-05-20T00:00:00Z");
    static final Fleet FLEET = new Fleet(Duration.ofMinutes(45), Duration.ofHours(2), 2, Map.of("CKG", List.of(
            new Fleet.VehicleType("CAR", 3, 4, 3, true, false),
            new Fleet.VehicleType("VAN", 7, 12, 3, false, false),
            new Fleet.VehicleType("ACCESSIBLE_VAN", 5, 8, 1, false, true),
            new Fleet.VehicleType("COACH", 33, 66, 1, false, false))));

    /** One delegation's arrival: how many members, the head among them or not, one needing access, at minute m of the morning. */
    record Arrival(int delegation, int members, boolean withHead, boolean accessible, int minute) {
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 40), Arbitraries.of(true, false),
                        Arbitraries.of(true, false, false, false), Arbitraries.integers().between(0, 600))
                .as((members, d, head, access, minute) -> new Arrival(d, members, head, access, minute)).list().ofMaxSize(25);
    }

    static List<Passenger> passengers(Arrival a, int delayMinutes) {
        List<Passenger> list = new ArrayList<>();
        for (int i = 0; i < a.members(); i++) {
            list.add(new Passenger("d" + a.delegation(), "L" + a.delegation(), "d" + a.delegation() + "-m" + i, "P" + i,
                    a.withHead() && i == 0, a.accessible() && i == a.members() - 1, "QV" + a.delegation(),
                    MORNING.plus(Duration.ofMinutes(a.minute() + delayMinutes)), i == 1 || i == 5));
        }
        return list;
    }

    @Property
    void everyoneOnceNoVehicleOverfullOrDoubleBookedHeadsAloneAccessRespected(@ForAll("arrivals") List<Arrival> arrivals,
                                                                             @ForAll("arrivals") List<Arrival> delays) {
        InMemoryTransfers transfers = new InMemoryTransfers();
        Map<String, List<Passenger>> booked = new HashMap<>();
        for (Arrival a : arrivals) {
            booked.put("d" + a.delegation(), passengers(a, 0));
            transfers.book("d" + a.delegation(), Map.of("CKG", booked.get("d" + a.delegation())), FLEET);
        }
        for (Arrival delay : delays) {
            String d = "d" + delay.delegation();
            if (!booked.containsKey(d)) {
                continue;
            }
            Map<String, String> othersBefore = othersVehicles(transfers.trips(), d);
            booked.put(d, delayed(booked.get(d), delay.minute()));
            transfers.book(d, Map.of("CKG", booked.get(d)), FLEET);
            assertThat(othersVehicles(transfers.trips(), d)).as("a delay moves only that delegation").isEqualTo(othersBefore);
        }

        List<Trip> trips = transfers.trips();
        List<Passenger> everyone = trips.stream().flatMap(t -> t.passengers().stream()).toList();
        assertThat(everyone).hasSameSizeAs(booked.values().stream().flatMap(List::stream).toList()).doesNotHaveDuplicates();
        for (Trip trip : trips) {
            if (trip.vehicleId() == null) {
                continue;
            }
            Fleet.VehicleType type = FLEET.at("CKG").stream().filter(t -> t.type().equals(trip.type())).findFirst().orElseThrow();
            assertThat(trip.passengers().size()).isLessThanOrEqualTo(type.seats());
            assertThat(trip.passengers().size() * FLEET.luggagePerPerson()).isLessThanOrEqualTo(type.luggage());
            if (type.headsOnly()) {
                Passenger head = trip.passengers().get(0);
                assertThat(head.head()).as("a head's car is the head's").isTrue();
                assertThat(trip.passengers().subList(1, trip.passengers().size())).as("with only their interpreters")
                        .allMatch(p -> p.interpreter() && p.delegationId().equals(head.delegationId()));
            }
            if (!type.accessible()) {
                assertThat(trip.passengers()).noneMatch(Passenger::accessible);
            }
            assertThat(Duration.between(trip.firstArrival(), trip.departsAt())).isLessThanOrEqualTo(FLEET.window());
            Duration busy = FLEET.window().plus(FLEET.turnaround());
            assertThat(trips.stream().filter(o -> o != trip && trip.vehicleId().equals(o.vehicleId()))
                    .noneMatch(o -> o.slotStart().isBefore(trip.slotStart().plus(busy)) && trip.slotStart().isBefore(o.slotStart().plus(busy))))
                    .as("a vehicle is never on two trips at once").isTrue();
        }
    }

    @Property
    void booksExactlyAsTheWholeBoardAndIndexesEveryTripOnAVehicle(@ForAll("arrivals") List<Arrival> arrivals,
                                                                 @ForAll("arrivals") List<Arrival> delays) {
        InMemoryTransfers transfers = new InMemoryTransfers();
        TransferBoard board = new TransferBoard("CKG", List.of());
        Map<String, List<Passenger>> booked = new HashMap<>();
        List<Arrival> bookings = new ArrayList<>(arrivals);
        bookings.addAll(delays);
        for (Arrival a : bookings) {
            String d = "d" + a.delegation();
            booked.put(d, booked.containsKey(d) ? delayed(booked.get(d), a.minute()) : passengers(a, 0));
            board = board.assign(d, booked.get(d), FLEET);
            transfers.book(d, Map.of("CKG", booked.get(d)), FLEET);
            assertThat(transfers.trips()).isEqualTo(board.trips());
        }
        assertThat(transfers.slots()).containsExactlyInAnyOrderElementsOf(transfers.trips().stream().filter(t -> t.vehicleId() != null)
                .map(t -> new TripSlot(t.tripId(), t.vehicleId(), t.type(), t.slotStart(), t.passengers().size())).toList());
    }

    /** A party travels together: the interpreter who lands with the head rides in the head's car, the others in a van. */
    @Example
    void anInterpreterRidesInTheCarOfTheirHead() {
        InMemoryTransfers transfers = new InMemoryTransfers();
        transfers.book("d1", Map.of("CKG", passengers(new Arrival(1, 4, true, false, 60), 0)), FLEET);

        assertThat(transfers.trips()).extracting(t -> t.passengers().stream().map(Passenger::memberId).toList())
                .containsExactlyInAnyOrder(List.of("d1-m0", "d1-m1"), List.of("d1-m2", "d1-m3"));
    }

    /**
     * A batch reads only its own delegations' rides and trips, and the trips they join that it did
     * not read are read when it is written: the result is the same as booking one after another.
     */
    @Property
    void aBatchBooksExactlyAsItsBookingsOneAfterAnother(@ForAll("arrivals") List<Arrival> arrivals,
                                                        @ForAll("arrivals") List<Arrival> delays,
                                                        @ForAll @IntRange(min = 1, max = 8) int batchSize) {
        InMemoryTransfers oneByOne = new InMemoryTransfers();
        InMemoryTransfers batched = new InMemoryTransfers();
        Map<String, List<Passenger>> booked = new HashMap<>();
        List<Map.Entry<String, List<Passenger>>> bookings = new ArrayList<>();
        List<Arrival> all = new ArrayList<>(arrivals);
        all.addAll(delays);
        for (Arrival a : all) {
            String d = "d" + a.delegation();
            booked.put(d, booked.containsKey(d) ? delayed(booked.get(d), a.minute()) : passengers(a, 0));
            bookings.add(Map.entry(d, booked.get(d)));
            oneByOne.book(d, Map.of("CKG", booked.get(d)), FLEET);
        }
        for (int from = 0; from < bookings.size(); from += batchSize) {
            List<Map.Entry<String, List<Passenger>>> chunk = bookings.subList(from, Math.min(bookings.size(), from + batchSize));
            BatchBookings batch = batched.batch(chunk.stream().map(Map.Entry::getKey).toList());
            chunk.forEach(b -> batch.booked(b.getKey(), TransferBook.book(b.getKey(), Map.of("CKG", b.getValue()), batch, FLEET)));
            batched.write(batch.pending(from, "g"));
        }
        assertThat(batched.trips()).isEqualTo(oneByOne.trips());
        assertThat(batched.slots()).containsExactlyInAnyOrderElementsOf(oneByOne.slots());
    }

    private static List<Passenger> delayed(List<Passenger> passengers, int minutes) {
        return passengers.stream().map(p -> p.at(p.arrivalAt().plus(Duration.ofMinutes(minutes)))).toList();
    }

    private static Map<String, String> othersVehicles(List<Trip> trips, String except) {
        Map<String, String> vehicles = new HashMap<>();
        trips.forEach(t -> t.passengers().stream().filter(p -> !p.delegationId().equals(except))
                .forEach(p -> vehicles.put(p.memberId(), t.vehicleId())));
        return vehicles;
    }
}
