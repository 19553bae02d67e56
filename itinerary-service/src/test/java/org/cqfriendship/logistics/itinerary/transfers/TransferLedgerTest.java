package org.cqfriendship.logistics.itinerary.transfers;

import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Arrival;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Pending;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transfer ledger on the local platform's store: a booker that dies or stalls between its writes leaves nothing half done. */
class TransferLedgerTest {

    private static final Instant LANDING = Instant.parse("2026-05-20T02:40:00Z");
    private static final LocalDate OPENING = LocalDate.of(2026, 5, 20);

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;
    private OutboxStore store;
    private final List<OutboxMessage> told = new ArrayList<>();
    private final TransferEventOutbox events = (delegationId, coordinatorId, locality, port, reason, changes) -> {
        OutboxMessage message = new OutboxMessage(UUID.randomUUID().toString(), "TransferReassigned", "itinerary.itineraries",
                delegationId, "test", Instant.now(), changes.toString(), null);
        told.add(message);
        return message;
    };

    @BeforeEach
    void store() {
        database = InMemoryMongo.freshDatabase("transfers");
        mongo = database.mongo();
        store = new OutboxStore(mongo, null);
        new TransferIndexes(mongo).afterPropertiesSet();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aBookingWhoseBookerDiedAfterEnteringTheLedgerIsFinishedByTheNextBooking() {
        TransferAssignment dies = new TransferAssignment(new TransferLedger(mongo, store) {
            @Override
            void finish(Pending pending) {
                throw new IllegalStateException("killed between the ledger and the trips");
            }
        }, mongo, events, TransferPropertiesTest.FLEET);
        RegisteredDelegation first = delegation("d1", 4, LANDING);
        assertThatThrownBy(() -> dies.book(first, null, ChangeReason.DELEGATION_REGISTERED)).isInstanceOf(IllegalStateException.class);
        TransferAssignment transfers = transfers();
        assertThat(transfers.ridesOf(first).pickups()).as("only the ledger was written").isEmpty();

        RegisteredDelegation second = delegation("d2", 3, LANDING.plusSeconds(600));
        transfers.book(second, null, ChangeReason.DELEGATION_REGISTERED);

        assertThat(transfers.ridesOf(first).pickups()).hasSize(4).allSatisfy((member, ride) -> assertThat(ride.vehicleId()).isNotNull());
        assertThat(transfers.ridesOf(second).pickups()).hasSize(3);
        List<Manifest.Run> runs = transfers.manifests(OPENING).get(0).runs();
        assertThat(runs.stream().mapToInt(Manifest.Run::seatsTaken).sum()).isEqualTo(7);
        assertThat(runs).allSatisfy(run -> assertThat(run.seatsTaken()).isLessThanOrEqualTo(run.seats()));
    }

    @Test
    void aLateWriteOfAnOlderBookingUndoesNothingANewerOneWrote() {
        List<Pending> entered = new ArrayList<>();
        TransferLedger ledger = new TransferLedger(mongo, store) {
            @Override
            void finish(Pending pending) {
                entered.add(pending);
                super.finish(pending);
            }
        };
        TransferAssignment transfers = new TransferAssignment(ledger, mongo, events, TransferPropertiesTest.FLEET);
        RegisteredDelegation first = delegation("d1", 3, LANDING);
        transfers.book(first, null, ChangeReason.DELEGATION_REGISTERED);
        Pending stalled = entered.get(0);
        RegisteredDelegation second = delegation("d2", 2, LANDING.plusSeconds(300));
        transfers.book(second, null, ChangeReason.DELEGATION_REGISTERED);
        RegisteredDelegation delayed = delegation("d1", 3, LANDING.plusSeconds(3 * 3600));
        transfers.book(delayed, first, ChangeReason.FLIGHT_STATUS_CHANGED);
        List<Manifest> before = transfers.manifests(OPENING);

        ledger.finish(stalled);

        assertThat(transfers.manifests(OPENING)).isEqualTo(before);
        assertThat(transfers.ridesOf(delayed).pickups().values()).allSatisfy(ride -> assertThat(ride.leavesAt()).isAfter(LANDING.plusSeconds(3 * 3600 - 1)));
        assertThat(told).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("d1"));
    }

    @Test
    void whoeverTheFleetCannotTakeIsOnTheManifest() {
        TransferAssignment transfers = transfers();
        RegisteredDelegation crowd = delegation("d1", 70, LANDING);
        transfers.book(crowd, null, ChangeReason.DELEGATION_REGISTERED);
        RegisteredDelegation later = delegation("d2", 4, LANDING.plusSeconds(600));
        transfers.book(later, null, ChangeReason.DELEGATION_REGISTERED);

        Manifest manifest = transfers.manifests(OPENING).get(0);
        assertThat(manifest.runs().stream().mapToInt(Manifest.Run::seatsTaken).sum() + manifest.unassigned().size()).isEqualTo(74);
        assertThat(manifest.unassigned()).filteredOn(rider -> rider.delegationId().equals("d2")).as("the fleet is full").hasSize(4);
        assertThat(manifest.unassigned()).filteredOn(rider -> rider.delegationId().equals("d1")).isNotEmpty();

        transfers.book(delegation("d1", 70, LANDING.plusSeconds(300)), crowd, ChangeReason.FLIGHT_STATUS_CHANGED);
        Manifest moved = transfers.manifests(OPENING).get(0);
        assertThat(moved.runs().stream().mapToInt(Manifest.Run::seatsTaken).sum() + moved.unassigned().size()).isEqualTo(74);
        assertThat(moved.unassigned()).allSatisfy(rider -> assertThat(rider.arrivesAt().toInstant())
                .isIn(LANDING.plusSeconds(300), LANDING.plusSeconds(600)));
    }

    @Test
    void twoInstancesBookingInTurnEachPlanAroundTheOthersVehicles() {
        TransferAssignment one = transfers();
        one.book(delegation("d1", 33, LANDING), null, ChangeReason.DELEGATION_REGISTERED);
        TransferAssignment other = transfers();
        other.book(delegation("d2", 5, LANDING.plusSeconds(600)), null, ChangeReason.DELEGATION_REGISTERED);
        one.book(delegation("d3", 5, LANDING.plusSeconds(1200)), null, ChangeReason.DELEGATION_REGISTERED);
        other.book(delegation("d4", 5, LANDING.plusSeconds(1500)), null, ChangeReason.DELEGATION_REGISTERED);

        List<Manifest.Run> runs = transfers().manifests(OPENING).get(0).runs();
        assertThat(runs.stream().mapToInt(Manifest.Run::seatsTaken).sum()).isEqualTo(48);
        assertThat(runs).allSatisfy(run -> assertThat(run.seatsTaken()).isLessThanOrEqualTo(run.seats()));
        assertThat(runs).extracting(Manifest.Run::vehicleId).as("all within one busy time: no vehicle twice").doesNotHaveDuplicates();
        assertThat(transfers().manifests(OPENING)).isEqualTo(one.manifests(OPENING)).isEqualTo(other.manifests(OPENING));
        assertThat(one.rebuilds()).as("it caught up from each booking's change").isZero();
        assertThat(other.rebuilds()).as("only when it started with the ledger written").isEqualTo(1);
    }

    @Test
    void aBatchIsBookedAsItsDelegationsOneAfterAnotherAndWrittenAsOneLedgerVersion() {
        List<RegisteredDelegation> arriving = List.of(delegation("d1", 33, LANDING), delegation("d2", 5, LANDING.plusSeconds(600)),
                delegation("d3", 5, LANDING.plusSeconds(1200)), delegation("d4", 70, LANDING.plusSeconds(1500)));
        TransferAssignment oneByOne = transfers();
        arriving.forEach(d -> oneByOne.book(d, null, ChangeReason.DELEGATION_REGISTERED));
        List<Manifest> expected = oneByOne.manifests(OPENING);
        List.of("transfer_ledger", "transfer_changes", "transfer_trips", "transfer_riders").forEach(mongo::dropCollection);

        TransferAssignment batched = transfers();
        RegisteredDelegation delayed = delegation("d2", 5, LANDING.plusSeconds(3 * 3600));
        batched.bookAll(arriving.stream().map(d -> new TransferBooking.Request(d, null, ChangeReason.DELEGATION_REGISTERED, null)).toList());

        assertThat(batched.manifests(OPENING)).isEqualTo(expected);
        assertThat(transfers().manifests(OPENING)).as("as stored").isEqualTo(expected);
        assertThat(mongo.getCollection("transfer_changes").countDocuments()).as("one ledger version").isEqualTo(1);

        batched.bookAll(List.of(new TransferBooking.Request(delayed, arriving.get(1), ChangeReason.FLIGHT_STATUS_CHANGED, null),
                new TransferBooking.Request(delegation("d5", 2, LANDING.plusSeconds(3 * 3600)), null, ChangeReason.DELEGATION_REGISTERED, null)));
        assertThat(told).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("d2"));
        assertThat(batched.ridesOf(delayed).pickups().values()).hasSize(5)
                .allSatisfy(ride -> assertThat(ride.leavesAt()).isAfterOrEqualTo(LANDING.plusSeconds(3 * 3600)));
        List<Manifest.Run> runs = transfers().manifests(OPENING).get(0).runs();
        assertThat(runs.stream().mapToInt(Manifest.Run::seatsTaken).sum() + transfers().manifests(OPENING).get(0).unassigned().size())
                .isEqualTo(33 + 5 + 5 + 70 + 2);
        assertThat(runs).allSatisfy(run -> assertThat(run.seatsTaken()).isLessThanOrEqualTo(run.seats()));
    }

    @Test
    void aBatchThatMovesOneDelegationTwiceLeavesEveryoneElsesRidesAlone() {
        RegisteredDelegation early = delegation("d1", 5, LANDING);
        RegisteredDelegation near = delegation("d2", 2, LANDING.plusSeconds(300));
        RegisteredDelegation later = delegation("d2", 2, LANDING.plusSeconds(3 * 3600));
        TransferAssignment oneByOne = transfers();
        oneByOne.book(early, null, ChangeReason.DELEGATION_REGISTERED);
        oneByOne.book(near, null, ChangeReason.DELEGATION_REGISTERED);
        oneByOne.book(later, near, ChangeReason.FLIGHT_STATUS_CHANGED);
        List<Manifest> expected = oneByOne.manifests(OPENING);
        List.of("transfer_ledger", "transfer_changes", "transfer_trips", "transfer_riders").forEach(mongo::dropCollection);

        TransferAssignment batched = transfers();
        batched.book(early, null, ChangeReason.DELEGATION_REGISTERED);
        batched.bookAll(List.of(new TransferBooking.Request(near, null, ChangeReason.DELEGATION_REGISTERED, null),
                new TransferBooking.Request(later, near, ChangeReason.FLIGHT_STATUS_CHANGED, null)));

        assertThat(transfers().manifests(OPENING)).isEqualTo(expected);
        assertThat(transfers().ridesOf(early).pickups()).hasSize(5).allSatisfy((member, ride) -> assertThat(ride.vehicleId()).isNotNull());
    }

    @Test
    void aBatchWithARegistrationAndItsChangeReplayedAfterItsBookingWasEnteredTellsTheChangeOnce() {
        RegisteredDelegation near = delegation("d1", 2, LANDING);
        RegisteredDelegation later = delegation("d1", 2, LANDING.plusSeconds(3 * 3600));
        List<TransferBooking.Request> batch = List.of(
                new TransferBooking.Request(near, null, List.of(), false, ChangeReason.DELEGATION_REGISTERED, null, 0L),
                new TransferBooking.Request(later, near, List.of(), false, ChangeReason.TRAVEL_CHANGED, null, 1L));
        transfers().bookAll(batch);
        assertThat(told).as("the change, told once").hasSize(1);
        var rides = transfers().ridesOf(later).pickups();

        // As when the service died after the ledger was entered and before the itinerary was written: the batch comes again.
        transfers().bookAll(batch);

        assertThat(told).as("nothing told twice").hasSize(1);
        assertThat(transfers().ridesOf(later).pickups()).isEqualTo(rides);
    }

    @Test
    void aChangeBookedAgainAfterOthersBookedTellsNothingAndMovesNobody() {
        RegisteredDelegation near = delegation("d1", 2, LANDING);
        RegisteredDelegation later = delegation("d1", 2, LANDING.plusSeconds(3 * 3600));
        TransferAssignment transfers = transfers();
        transfers.book(near, null, ChangeReason.DELEGATION_REGISTERED);
        transfers.bookAll(List.of(new TransferBooking.Request(later, near, ChangeReason.TRAVEL_CHANGED, null)));
        assertThat(told).as("the change, told once").hasSize(1);
        IntStream.range(2, 6).forEach(i -> transfers.book(delegation("d" + i, 9, LANDING.plusSeconds(3 * 3600 + 60L * i)), null,
                ChangeReason.DELEGATION_REGISTERED));
        var rides = transfers.ridesOf(later).pickups();
        long versions = mongo.getCollection("transfer_changes").countDocuments();

        // As when the itinerary's write failed after the ledger was entered, and the batch is retried with what was stored before.
        transfers().bookAll(List.of(new TransferBooking.Request(later, near, ChangeReason.TRAVEL_CHANGED, null)));

        assertThat(told).as("nothing told twice").hasSize(1);
        assertThat(transfers.ridesOf(later).pickups()).isEqualTo(rides);
        assertThat(mongo.getCollection("transfer_changes").countDocuments()).as("nothing entered").isEqualTo(versions);
    }

    @Test
    void aLedgerWrittenAgainFromNothingIsPlannedFromNothing() {
        TransferAssignment transfers = transfers();
        transfers.book(delegation("d1", 5, LANDING), null, ChangeReason.DELEGATION_REGISTERED);
        List.of("transfer_ledger", "transfer_changes", "transfer_trips", "transfer_riders").forEach(mongo::dropCollection);

        transfers.book(delegation("d2", 5, LANDING), null, ChangeReason.DELEGATION_REGISTERED);

        assertThat(transfers.manifests(OPENING).get(0).runs()).extracting(Manifest.Run::vehicleId).containsExactly("CKG-VAN-01");
    }

    /**
     * A delegation's departures asked for again as they were (known unchanged, or maybe moved and
     * then read) enter nothing and tell nobody; a departure that moves is booked again and told,
     * its arrivals unchanged.
     */
    @Test
    void aReplanOfADelegationWithDeparturesChangesNothingUntilADepartureMoves() {
        RegisteredDelegation delegation = delegation("d1", 2, LANDING);
        Instant leaving = LANDING.plus(Duration.ofDays(2));
        List<TransferBooking.Departure> departures = delegation.members().stream().map(m -> new TransferBooking.Departure(m.memberId(),
                "CKG", "QV620", "Riverside", leaving, leaving.plus(Duration.ofMinutes(40)))).toList();
        TransferAssignment transfers = transfers();
        transfers.bookAll(List.of(new TransferBooking.Request(delegation, null, departures, true, ChangeReason.DELEGATION_REGISTERED, null)));
        Long entered = ledgerVersion();
        assertThat(transfers.ridesOf(delegation).dropOffs()).hasSize(2)
                .allSatisfy((member, ride) -> assertThat(ride.leavesAt()).isEqualTo(leaving));

        // Maybe moved (a batch cut short after the rooms): read, found as booked, nothing entered.
        transfers.bookAll(List.of(new TransferBooking.Request(delegation, delegation, departures, true, ChangeReason.SESSION_RESCHEDULED, null)));
        assertThat(ledgerVersion()).as("nothing entered for a replan that moves nobody").isEqualTo(entered);
        transfers.bookAll(List.of(new TransferBooking.Request(delegation, delegation, departures, false, ChangeReason.SESSION_RESCHEDULED, null)));
        assertThat(ledgerVersion()).isEqualTo(entered);
        assertThat(told).isEmpty();

        Instant later = leaving.plus(Duration.ofHours(3));
        transfers.bookAll(List.of(new TransferBooking.Request(delegation, delegation, departures.stream().map(d -> new TransferBooking.Departure(
                d.memberId(), d.port(), d.service(), d.from(), later, later.plus(Duration.ofMinutes(40)))).toList(), true,
                ChangeReason.FLIGHT_STATUS_CHANGED, null)));
        assertThat(ledgerVersion()).isGreaterThan(entered);
        assertThat(told).singleElement().satisfies(m -> assertThat(m.payload()).contains("departing=true"));
        assertThat(transfers.ridesOf(delegation).dropOffs()).allSatisfy((member, ride) -> assertThat(ride.leavesAt()).isEqualTo(later));
        assertThat(transfers.ridesOf(delegation).pickups()).hasSize(2);
    }

    private Long ledgerVersion() {
        return mongo.findById(TransferDocuments.LEDGER_ID, TransferDocuments.Ledger.class).version();
    }

    private TransferAssignment transfers() {
        return new TransferAssignment(mongo, store, events, TransferPropertiesTest.FLEET);
    }

    private static RegisteredDelegation delegation(String id, int members, Instant landing) {
        List<Traveller> travellers = IntStream.range(0, members).mapToObj(i -> new Traveller(id + "-m" + i, "DELEGATE", "Member " + i,
                new Arrival("AIR", "QV" + id, "CKG", landing), List.of())).toList();
        return new RegisteredDelegation(id, "Locality " + id, "coord-demo", travellers);
    }
}
