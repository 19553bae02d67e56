package org.cqfriendship.logistics.itinerary.transfers;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.cqfriendship.logistics.itinerary.planning.ChangeReason;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation;
import org.cqfriendship.logistics.itinerary.planning.RegisteredDelegation.Traveller;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking;
import org.cqfriendship.logistics.itinerary.planning.TransferBooking.Departure;
import org.cqfriendship.logistics.itinerary.programme.Session;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.DelegationRides;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Ledger;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.LedgerChange;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Pending;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.StoredTrip;
import org.cqfriendship.logistics.support.config.ConferenceTime;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Keeps the transfers: one document per trip and each delegation's rides (see
 * {@link TransferDocuments}), and in memory the trips on a vehicle by port and start
 * ({@link VehicleTrips}), brought up to the ledger's version before each batch. A batch of
 * delegations is booked in memory one after another ({@link BatchBookings}) and entered as one
 * ledger version: its trips and rides are then written with one bulk write each, whatever its size.
 * A delegation's booking changes only its own passengers ({@link TransferBook}); when that moves a
 * member who had a vehicle (a delayed flight, a new arrival), the ledger's write carries
 * {@code TransferReassigned} for that delegation alone.
 */
@Service
public class TransferAssignment implements TransferBooking {

    private static final Logger log = LoggerFactory.getLogger(TransferAssignment.class);

    private static final int ATTEMPTS = 20;
    /** Delegations booked as one ledger version: bounds the ledger document, which holds their trips until they are written. */
    static final int CHUNK = 200;
    /** Versions behind beyond which reading the trips again is cheaper than reading each version's change. */
    private static final int MOST_CHANGES_READ = 500;
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final TransferEventOutbox events;
    private final PickupsMet pickupsMet;
    private final Fleet fleet;
    private final Traces traces;
    private final StoredTransfers stored = new StoredTransfers();
    private final VehicleTrips vehicleTrips = new VehicleTrips();
    /** The ledger generation and version {@link #vehicleTrips} is as of (null: none yet). */
    private Indexed indexed;
    private long rebuilds;

    private record Indexed(String generation, long version) {
    }

    @Autowired
    TransferAssignment(MongoTemplate mongo, OutboxStore store, TransferEventOutbox events, Fleet fleet, Traces traces,
                       PickupsMet pickupsMet) {
        this.traces = traces;
        this.pickupsMet = pickupsMet;
        this.mongo = mongo;
        this.store = store;
        this.events = events;
        this.fleet = fleet;
    }

    /**
     * Books the requests {@value #CHUNK} at a time, each chunk as one ledger version. A delegation
     * whose arrivals and departures are unchanged (a programme change, a new coordinator) keeps
     * its booking and is not read.
     */
    @Override
    public void bookAll(List<Request> requests) {
        List<Request> moving = requests.stream().filter(r -> r.before() == null || r.departuresMoved()
                || !passengers(r.after(), List.of()).equals(passengers(r.before(), List.of()))).toList();
        for (int from = 0; from < moving.size(); from += CHUNK) {
            bookChunk(moving.subList(from, Math.min(moving.size(), from + CHUNK)));
        }
    }

    private void bookChunk(List<Request> requests) {
        // Per request, not per delegation: a batch may move one delegation twice, and each booking's trips must be read.
        List<Map<String, List<Passenger>>> passengers = requests.stream().map(r -> passengers(r.after(), r.departures())).toList();
        Set<String> delegationIds = new LinkedHashSet<>();
        requests.forEach(r -> delegationIds.add(r.after().delegationId()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Ledger ledger = readLedger();
            catchUp(ledger);
            BatchBookings batch = BatchBookings.read(delegationIds, vehicleTrips, stored);
            List<OutboxMessage> news = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                Request request = requests.get(i);
                String delegationId = request.after().delegationId();
                TransferBook.Booking booking = TransferBook.book(delegationId, passengers.get(i), batch, fleet);
                batch.booked(delegationId, booking);
                news.addAll(traces.continuing(request.traceparent(), () -> news(request.after(), booking, request.reason())));
            }
            if (batch.changesNothing()) {
                return;
            }
            long entered = ledger == null ? 0 : ledger.version() + 1;
            String generation = ledger == null ? UUID.randomUUID().toString() : ledger.generation();
            Pending pending = batch.pending(entered, generation);
            Set<String> ports = new TreeSet<>(ledger == null || ledger.ports() == null ? Set.of() : ledger.ports());
            ports.addAll(batch.ports());
            Ledger next = new Ledger(TransferDocuments.LEDGER_ID, generation, pending, ports, null, news);
            if (store.save(next, TransferDocuments.LEDGER_ID, ledger == null ? null : ledger.version(), news)) {
                finish(pending);
                applied(pending);
                // Done: the next reader need not write them again (a newer entry makes this a no-op). Not a version: each
                // version must have its change.
                Unversioned.updateFirst(mongo, Query.query(Criteria.where("_id").is(TransferDocuments.LEDGER_ID).and("version").is(entered)),
                        new Update().unset("pending"), Ledger.class);
                return;
            }
        }
        throw new OptimisticLockingFailureException("Transfers of " + delegationIds + " keep changing; retrying the events");
    }

    /** Outside any trace (tests). */
    TransferAssignment(MongoTemplate mongo, OutboxStore store, TransferEventOutbox events, Fleet fleet) {
        this(mongo, store, events, fleet, new Traces(Tracer.NOOP), new PickupsMet(mongo));
    }

    @Override
    public Map<String, Rides> ridesOf(Collection<String> delegationIds) {
        Map<String, Rides> rides = new HashMap<>();
        delegationIds.forEach(id -> rides.put(id, new Rides(new HashMap<>(), new HashMap<>())));
        List<String> tripIds = stored.ridesOf(delegationIds).values().stream().flatMap(List::stream).map(RideRef::tripId).distinct().toList();
        Collection<Trip> trips = stored.trips(tripIds).values();
        Map<String, Instant> met = pickupsMet.metAt(trips.stream().flatMap(t -> t.passengers().stream())
                .filter(p -> !p.departing() && rides.containsKey(p.delegationId())).map(Passenger::memberId).toList());
        for (Trip trip : trips) {
            trip.passengers().stream().filter(p -> rides.containsKey(p.delegationId())).forEach(p -> {
                Rides delegation = rides.get(p.delegationId());
                (p.departing() ? delegation.dropOffs() : delegation.pickups()).put(p.memberId(), new Ride(trip.vehicleId(), trip.type(),
                        trip.vehicleId() == null ? null : trip.departsAt(), p.departing() ? null : met.get(p.memberId())));
            });
        }
        return rides;
    }

    /** Every port's trips starting that day (Chongqing time), ports in order. */
    public List<Manifest> manifests(LocalDate day) {
        Ledger ledger = readLedger();
        catchUp(ledger);
        if (ledger == null || ledger.ports() == null) {
            return List.of();
        }
        Instant from = day.atStartOfDay(ConferenceTime.ZONE).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(ConferenceTime.ZONE).toInstant();
        List<Manifest> manifests = new ArrayList<>();
        for (String port : new TreeSet<>(ledger.ports())) {
            List<String> tripIds = stored.startingBetween(port, from, until.minusNanos(1)).stream().map(TripSlot::tripId).toList();
            Map<String, Trip> byId = new HashMap<>(stored.trips(tripIds));
            unassigned(port, from, until).forEach(t -> byId.putIfAbsent(t.tripId(), t));
            List<Trip> trips = byId.values().stream().filter(t -> !t.passengers().isEmpty())
                    .sorted(Comparator.comparing(Trip::slotStart).thenComparing(Trip::tripId)).toList();
            if (!trips.isEmpty()) {
                manifests.add(Manifest.of(port, day, trips, fleet, pickupsMet.metAt(trips.stream()
                        .flatMap(t -> t.passengers().stream()).map(Passenger::memberId).collect(Collectors.toSet()))));
            }
        }
        return manifests;
    }

    /** The trips without a vehicle at a port starting in that time (planning never reads them, so they are not in memory). */
    private List<Trip> unassigned(String port, Instant from, Instant until) {
        return mongo.find(Query.query(Criteria.where("port").is(port).and("trip.vehicleId").is(null)
                .and("trip.slotStart").gte(from).lt(until)), StoredTrip.class).stream().map(StoredTrip::trip).toList();
    }

    /** The ledger, with the last booking's writes finished. */
    private Ledger readLedger() {
        Ledger ledger = mongo.findById(TransferDocuments.LEDGER_ID, Ledger.class);
        if (ledger != null && ledger.pending() != null) {
            finish(ledger.pending());
        }
        return ledger;
    }

    /**
     * Writes the booking's documents, each only over an older one, then its change for the other
     * instances: repeating it, late or twice, changes nothing.
     */
    void finish(Pending pending) {
        writeNewer(pending.trips(), StoredTrip::id, pending.ledger());
        writeNewer(pending.rides(), DelegationRides::id, pending.ledger());
        inserted(mongo.getCollection(mongo.getCollectionName(LedgerChange.class)), documentOf(pending.change()));
    }

    /**
     * Brings the trips in memory to the ledger's version: from each version's change when a few
     * behind, else (at start, after a replay dropped the ledger, far behind) from the trips stored.
     * Ahead of the ledger read means another booking here was entered since: this one's save will
     * fail its version guard and read again.
     */
    private synchronized void catchUp(Ledger ledger) {
        if (ledger == null) {
            vehicleTrips.clear();
            indexed = null;
            return;
        }
        Indexed now = new Indexed(ledger.generation(), ledger.version());
        boolean sameLedger = indexed != null && Objects.equals(indexed.generation(), now.generation());
        if (sameLedger && indexed.version() >= now.version()) {
            return;
        }
        if (sameLedger && now.version() - indexed.version() <= MOST_CHANGES_READ && appliedChanges(indexed.version() + 1, now)) {
            indexed = now;
            return;
        }
        log.info("Reading the trips on a vehicle again (ledger {} version {}, had {})", now.generation(), now.version(), indexed);
        rebuilds++;
        vehicleTrips.clear();
        try (var trips = mongo.stream(Query.query(Criteria.where("trip.vehicleId").ne(null)), StoredTrip.class)) {
            trips.forEach(t -> vehicleTrips.put(t.port(), TripSlot.of(t.trip())));
        }
        indexed = now;
    }

    /** Applies the changes of versions {@code from} to {@code to}'s, in order; false (nothing applied) when one is missing. */
    private boolean appliedChanges(long from, Indexed to) {
        List<String> ids = LongStream.rangeClosed(from, to.version()).mapToObj(v -> LedgerChange.idOf(to.generation(), v)).toList();
        Map<String, LedgerChange> changes = mongo.find(Query.query(Criteria.where("_id").in(ids)), LedgerChange.class).stream()
                .collect(Collectors.toMap(LedgerChange::id, c -> c));
        if (changes.size() != ids.size()) {
            return false;
        }
        ids.forEach(id -> vehicleTrips.putAll(changes.get(id).trips()));
        return true;
    }

    /** How many times the trips in memory were read again from the store (at start, after a replay, or far behind). */
    synchronized long rebuilds() {
        return rebuilds;
    }

    /** This instance's own booking, entered and written: in memory at once when nothing came between. */
    private synchronized void applied(Pending pending) {
        if (indexed != null ? indexed.equals(new Indexed(pending.generation(), pending.ledger() - 1)) : pending.ledger() == 0) {
            vehicleTrips.putAll(pending.change().trips());
            indexed = new Indexed(pending.generation(), pending.ledger());
        }
    }

    /**
     * Writes each document unless a newer booking wrote it: one read of their ledger versions and
     * one bulk write. When the bulk meets a document written meanwhile (a duplicate insert, a
     * replace whose guard no longer matches), they are written again one at a time, reading again.
     */
    private <T> void writeNewer(List<T> documents, Function<T, String> idOf, long ledger) {
        if (documents.isEmpty()) {
            return;
        }
        String name = mongo.getCollectionName(documents.get(0).getClass());
        MongoCollection<Document> collection = mongo.getCollection(name);
        Map<String, Long> seen = ledgersOf(collection, documents.stream().map(idOf).toList());
        List<WriteModel<Document>> writes = new ArrayList<>();
        int replaces = 0;
        for (T document : documents) {
            Long current = seen.get(idOf.apply(document));
            if (current != null && current >= ledger) {
                continue; // a newer booking wrote it already
            }
            Document written = documentOf(document);
            writes.add(current == null ? new InsertOneModel<>(written) : new ReplaceOneModel<>(idAndLedger(idOf.apply(document), current), written));
            replaces += current == null ? 0 : 1;
        }
        if (!writes.isEmpty() && !allWritten(collection, writes, replaces)) {
            documents.forEach(document -> writeNewer(collection, idOf.apply(document), documentOf(document), ledger));
        }
    }

    private boolean allWritten(MongoCollection<Document> collection, List<WriteModel<Document>> writes, int replaces) {
        try {
            return collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount() == replaces;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                return false;
            }
            throw e;
        }
    }

    private void writeNewer(MongoCollection<Document> collection, String id, Document written, long ledger) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Long current = ledgersOf(collection, List.of(id)).get(id);
            if (current != null && current >= ledger) {
                return;
            }
            if (current == null ? inserted(collection, written)
                    : collection.replaceOne(idAndLedger(id, current), written).getMatchedCount() == 1) {
                return;
            }
        }
    }

    private Document documentOf(Object stored) {
        Document written = new Document();
        mongo.getConverter().write(stored, written);
        return written;
    }

    /**
     * The filter as one document of the two fields, which the local store's unique {@code (_id, ledger)} index serves;
     * {@code Filters.and} would send {@code $and: [...]}, which it answers by reading the collection.
     */
    private static Document idAndLedger(String id, long ledger) {
        return new Document("_id", id).append("ledger", ledger);
    }

    private static boolean inserted(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, Long> ledgersOf(MongoCollection<Document> collection, Collection<String> ids) {
        Map<String, Long> ledgers = new HashMap<>();
        for (Document document : collection.find(Filters.in("_id", ids)).projection(new Document("ledger", 1))) {
            ledgers.put(document.getString("_id"), document.get("ledger", Number.class).longValue());
        }
        return ledgers;
    }

    /** {@code TransferReassigned} when a member's ride changed, except on the delegation's first plan. */
    private List<OutboxMessage> news(RegisteredDelegation delegation, TransferBook.Booking booking, ChangeReason reason) {
        if (reason == ChangeReason.DELEGATION_REGISTERED) {
            return List.of();
        }
        Set<Passenger.Leg> legs = new LinkedHashSet<>(booking.before().keySet());
        legs.addAll(booking.after().keySet());
        List<TransferEventOutbox.Change> changes = new ArrayList<>();
        for (Passenger.Leg leg : legs) {
            TransferBook.Ride was = booking.before().get(leg);
            TransferBook.Ride now = booking.after().get(leg);
            if (!Objects.equals(was, now)) {
                String name = delegation.members().stream().filter(m -> m.memberId().equals(leg.memberId())).map(Traveller::name)
                        .findFirst().orElse(leg.memberId());
                changes.add(new TransferEventOutbox.Change(leg.memberId(), name, leg.departing(), ride(was), ride(now)));
            }
        }
        String ports = String.join(", ", booking.tripsByPort().keySet());
        return changes.isEmpty() ? List.of() : List.of(events.reassigned(delegation.delegationId(), delegation.coordinatorId(),
                delegation.locality(), ports, reason, changes));
    }

    private static TransferEventOutbox.Ride ride(TransferBook.Ride ride) {
        return ride == null ? null : new TransferEventOutbox.Ride(ride.vehicleId(), ride.vehicleType(), ride.pickupAt());
    }

    /**
     * The members to take, by port: those in Chongqing with an arrival that is not cancelled,
     * from the port; and those departing, to it.
     */
    private static Map<String, List<Passenger>> passengers(RegisteredDelegation delegation, List<Departure> departures) {
        Map<String, List<Passenger>> byPort = new LinkedHashMap<>();
        delegation.members().stream().filter(m -> m.inPerson() && m.arrival() != null && !m.arrival().cancelled())
                .forEach(m -> byPort.computeIfAbsent(m.arrival().port(), p -> new ArrayList<>())
                        .add(passenger(delegation, m, m.arrival().service(), m.arrival().effectiveAt(), null, null)));
        Map<String, Traveller> members = delegation.members().stream().collect(Collectors.toMap(Traveller::memberId, m -> m, (a, b) -> a));
        for (Departure departure : departures) {
            Traveller m = members.get(departure.memberId());
            if (m != null) {
                byPort.computeIfAbsent(departure.port(), p -> new ArrayList<>()).add(passenger(delegation, m, departure.service(),
                        departure.collectedAt(), departure.from(), departure.atPort()));
            }
        }
        return byPort;
    }

    private static Passenger passenger(RegisteredDelegation delegation, Traveller member, String service, Instant collectedAt, String from,
                                       Instant atPort) {
        return new Passenger(delegation.delegationId(), delegation.locality(), member.memberId(), member.name(), member.head(),
                member.needs().accessibility() != null, service, collectedAt, "INTERPRETER".equals(member.role()), from, atPort);
    }

    /** Reads the trips near an arrival from memory, the rest from the local collections, each with one query by id. */
    private final class StoredTransfers implements TransferBook.Stored, BatchBookings.Store {

        @Override
        public Map<String, List<RideRef>> ridesOf(Collection<String> delegationIds) {
            return mongo.find(Query.query(Criteria.where("_id").in(delegationIds)), DelegationRides.class).stream()
                    .filter(r -> r.rides() != null).collect(Collectors.toMap(DelegationRides::id, DelegationRides::rides));
        }

        @Override
        public List<RideRef> ridesOf(String delegationId) {
            DelegationRides rides = mongo.findById(delegationId, DelegationRides.class);
            return rides == null || rides.rides() == null ? List.of() : rides.rides();
        }

        @Override
        public List<TripSlot> startingBetween(String port, Instant from, Instant until) {
            return vehicleTrips.startingBetween(port, from, until);
        }

        @Override
        public Map<String, Trip> trips(Collection<String> tripIds) {
            if (tripIds.isEmpty()) {
                return Map.of();
            }
            return mongo.find(Query.query(Criteria.where("_id").in(tripIds)), StoredTrip.class).stream()
                    .collect(Collectors.toMap(StoredTrip::id, StoredTrip::trip));
        }
    }
}
