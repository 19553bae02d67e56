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
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transfer assignment over any arrivals (and departures, from one of two hotels) of any
 * delegations, booked in any order, some of them re-booked (delays): the service's booking (trips
 * stored one by one, read only near each arrival) keeps every rule, and books exactly as the
 * whole-board model does (arrivals) and as one booking after another does (batches).
 */
class TransferPropertiesTest {

    static final Instant MORNING = Instant.parse("2026-05-20T00:00:00Z");
    static final Fleet FLEET = new Fleet(Duration.ofMinutes(45), Duration.ofHours(2), 2, Map.of("CKG", List.of(
            new Fleet.VehicleType("CAR", 3, 4, 3, true, false),
            new Fleet.VehicleType("VAN", 7, 12, 3, false, false),
            new Fleet.VehicleType("ACCESSIBLE_VAN", 5, 8, 1, false, true),
            new Fleet.VehicleType("COACH", 33, 66, 1, false, false))));

    /**
     * One delegation's arrival: how many members, the head among them or not, one needing access,
     * at minute m of the morning; and, when {@code leavesFrom} is 1 or 2, their departure from
     * that hotel {@code staysMinutes} after.
     */
    record Arrival(int delegation, int members, boolean withHead, boolean accessible, int minute, int leavesFrom, int staysMinutes) {

        Arrival(int delegation, int members, boolean withHead, boolean accessible, int minute) {
            this(delegation, members, withHead, accessible, minute, 0, 0);
        }
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 40), Arbitraries.of(true, false),
                        Arbitraries.of(true, false, false, false), Arbitraries.integers().between(0, 600))
                .as((members, d, head, access, minute) -> new Arrival(d, members, head, access, minute)).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Arrival>> journeys() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 40), Arbitraries.of(true, false),
                        Arbitraries.of(true, false, false, false), Arbitraries.integers().between(0, 600), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 300))
                .as((members, d, head, access, minute, from, stays) -> new Arrival(d, members, head, access, minute, from, stays))
                .list().ofMaxSize(25);
    }

    /** The arrival's passengers and, if it leaves, the same members going to the port from their hotel. */
    static List<Passenger> travelling(Arrival a, int delayMinutes) {
        List<Passenger> list = new ArrayList<>(passengers(a, delayMinutes));
        if (a.leavesFrom() > 0) {
            passengers(a, delayMinutes + a.staysMinutes()).forEach(p -> list.add(new Passenger(p.delegationId(), p.locality(), p.memberId(),
                    p.name(), p.head(), p.accessible(), p.service() + "D", p.arrivalAt(), p.interpreter(), "Hotel " + a.leavesFrom(),
                    p.arrivalAt().plus(Duration.ofHours(1)))));
        }
        return list;
    }

    static List<Passenger> passengers(Arrival a, int delayMinutes) {
        List<Passenger> list = new ArrayList<>();
        for (int i = 0; i < a.members(); i++) {
            list.add(new Passenger("d" + a.delegation(), "L" + a.delegation(), "d" + a.delegation() + "-m" + i, "P" + i,
                    a.withHead() && i == 0, a.accessible() && i == a.members() - 1, "QV" + a.delegation(),
                    MORNING.plus(Duration.ofMinutes(a.minute() + delayMinutes)), i == 1 || i == 5, null, null));
        }
        return list;
    }

    @Property
    void everyoneOnceNoVehicleOverfullOrDoubleBookedHeadsAloneAccessRespected(@ForAll("journeys") List<Arrival> arrivals,
                                                                             @ForAll("arrivals") List<Arrival> delays) {
        InMemoryTransfers transfers = new InMemoryTransfers();
        Map<String, List<Passenger>> booked = new HashMap<>();
        for (Arrival a : arrivals) {
            booked.put("d" + a.delegation(), travelling(a, 0));
            transfers.book("d" + a.delegation(), Map.of("CKG", booked.get("d" + a.delegation())), FLEET);
        }
        for (Arrival delay : delays) {
            String d = "d" + delay.delegation();
            if (!booked.containsKey(d)) {
                continue;
            }
            Map<Passenger.Leg, String> othersBefore = othersVehicles(transfers.trips(), d);
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
            assertThat(trip.passengers()).as("a run goes one way, to the port from one place").allMatch(p -> Objects.equals(p.from(), trip.from()));
            assertThat(trip.departing() ? trip.departsAt().equals(trip.firstArrival()) : !trip.departsAt().isBefore(trip.firstArrival()))
                    .as("a run to the port leaves when its first passenger must").isTrue();
            assertThat(trip.passengers()).allMatch(p -> !p.arrivalAt().isBefore(trip.slotStart())
                    && !p.arrivalAt().isAfter(trip.slotStart().plus(FLEET.window())));
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
                .map(t -> new TripSlot(t.tripId(), t.vehicleId(), t.type(), t.slotStart(), t.passengers().size(), t.from())).toList());
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
     * Departures: those leaving one hotel within the window share a van, which leaves when the
     * first must; those leaving another hotel then take another vehicle; and a van that met an
     * arrival is not sent to a hotel before it is back.
     */
    @Example
    void departuresFromOneHotelShareAVanThatLeavesWithTheFirstAndNoVanIsInTwoPlaces() {
        InMemoryTransfers transfers = new InMemoryTransfers();
        Fleet oneVanEach = new Fleet(Duration.ofMinutes(45), Duration.ofHours(2), 2, Map.of("CKG", List.of(
                new Fleet.VehicleType("VAN", 7, 14, 3, false, false))));
        transfers.book("d1", Map.of("CKG", passengers(new Arrival(1, 2, false, false, 0), 0)), oneVanEach);
        Passenger leaving = new Passenger("d2", "L2", "d2-m0", "P0", false, false, "QV2D", MORNING.plus(Duration.ofMinutes(60)), false,
                "Hotel 1", MORNING.plus(Duration.ofMinutes(120)));
        transfers.book("d2", Map.of("CKG", List.of(leaving, new Passenger("d2", "L2", "d2-m1", "P1", false, false, "QV3D",
                MORNING.plus(Duration.ofMinutes(90)), false, "Hotel 1", MORNING.plus(Duration.ofMinutes(150))))), oneVanEach);
        transfers.book("d3", Map.of("CKG", List.of(new Passenger("d3", "L3", "d3-m0", "P0", false, false, "QV2D",
                MORNING.plus(Duration.ofMinutes(70)), false, "Hotel 2", MORNING.plus(Duration.ofMinutes(120))))), oneVanEach);

        Map<String, Trip> byMember = new HashMap<>();
        transfers.trips().forEach(t -> t.passengers().forEach(p -> byMember.put(p.memberId(), t)));
        assertThat(byMember.get("d2-m0")).isSameAs(byMember.get("d2-m1"));
        assertThat(byMember.get("d2-m0").departsAt()).isEqualTo(MORNING.plus(Duration.ofMinutes(60)));
        assertThat(byMember.get("d2-m0").from()).isEqualTo("Hotel 1");
        assertThat(Set.of(byMember.get("d1-m0").vehicleId(), byMember.get("d2-m0").vehicleId(), byMember.get("d3-m0").vehicleId()))
                .as("the arrival's van, Hotel 1's and Hotel 2's are three vans").hasSize(3);
    }

    /**
     * A batch reads only its own delegations' rides and trips, and the trips they join that it did
     * not read are read when it is written: the result is the same as booking one after another.
     */
    @Property
    void aBatchBooksExactlyAsItsBookingsOneAfterAnother(@ForAll("journeys") List<Arrival> arrivals,
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
            booked.put(d, booked.containsKey(d) ? delayed(booked.get(d), a.minute()) : travelling(a, 0));
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

    private static Map<Passenger.Leg, String> othersVehicles(List<Trip> trips, String except) {
        Map<Passenger.Leg, String> vehicles = new HashMap<>();
        trips.forEach(t -> t.passengers().stream().filter(p -> !p.delegationId().equals(except))
                .forEach(p -> vehicles.put(p.leg(), t.vehicleId())));
        return vehicles;
    }
}
