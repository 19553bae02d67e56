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
import org.bson.Document;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.DelegationRides;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Ledger;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.LedgerChange;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.Pending;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.RideRef;
import org.cqfriendship.logistics.itinerary.transfers.TransferDocuments.StoredTrip;
import org.cqfriendship.logistics.support.outbox.OutboxMessage;
import org.cqfriendship.logistics.support.outbox.OutboxStore;
import org.cqfriendship.logistics.support.store.Unversioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * The transfers as stored: the ledger (one document, its version the booking's), one document
 * per trip and each delegation's rides (see {@link TransferDocuments}); and in memory the trips on
 * a vehicle by port and start ({@link VehicleTrips}), brought up to the ledger's version before
 * each booking from the changes other instances entered. A booking is entered in the ledger first
 * and its documents written after, each only over an older one, so that a booker that dies in
 * between is finished by the next reader.
 */
@Component
class TransferLedger {

    private static final Logger log = LoggerFactory.getLogger(TransferLedger.class);

    private static final int ATTEMPTS = 20;
    /** Versions behind beyond which reading the trips again is cheaper than reading each version's change. */
    private static final int MOST_CHANGES_READ = 500;
    private final MongoTemplate mongo;
    private final OutboxStore store;
    private final StoredTransfers stored = new StoredTransfers();
    private final VehicleTrips vehicleTrips = new VehicleTrips();
    /** The ledger generation and version {@link #vehicleTrips} is as of (null: none yet). */
    private Indexed indexed;
    private long rebuilds;

    private record Indexed(String generation, long version) {
    }

    TransferLedger(MongoTemplate mongo, OutboxStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** The trips without a vehicle at a port starting in that time (planning never reads them, so they are not in memory). */
    List<Trip> unassigned(String port, Instant from, Instant until) {
        return mongo.find(Query.query(Criteria.where("port").is(port).and("trip.vehicleId").is(null)
                .and("trip.slotStart").gte(from).lt(until)), StoredTrip.class).stream().map(StoredTrip::trip).toList();
    }

    /**
     * The ledger now (null: nothing booked yet), with the last booking's writes finished and the
     * trips in memory brought up to it.
     */
    Ledger current() {
        Ledger ledger = read();
        catchUp(ledger);
        return ledger;
    }

    /**
     * Enters {@code batch}'s booking as the version after {@code previous}, with its {@code news}
     * in the ledger's outbox, then writes its trips and rides: one save and two bulk writes.
     * False when another booking entered first (this one must be booked again on the newer ledger).
     */
    boolean enter(Ledger previous, BatchBookings batch, List<OutboxMessage> news) {
        long entered = previous == null ? 0 : previous.version() + 1;
        String generation = previous == null ? UUID.randomUUID().toString() : previous.generation();
        Pending pending = batch.pending(entered, generation);
        Set<String> ports = new TreeSet<>(previous == null || previous.ports() == null ? Set.of() : previous.ports());
        ports.addAll(batch.ports());
        Ledger next = new Ledger(TransferDocuments.LEDGER_ID, generation, pending, ports, null, news);
        if (!store.save(next, TransferDocuments.LEDGER_ID, previous == null ? null : previous.version(), news)) {
            return false;
        }
        finish(pending);
        applied(pending);
        // Done: the next reader need not write them again (a newer entry makes this a no-op). Not a version: each
        // version must have its change.
        Unversioned.updateFirst(mongo, Query.query(Criteria.where("_id").is(TransferDocuments.LEDGER_ID).and("version").is(entered)),
                new Update().unset("pending"), Ledger.class);
        return true;
    }

    /** The trips and rides as stored, near an arrival from memory. */
    StoredTransfers stored() {
        return stored;
    }

    /** The trips on a vehicle by port and start, as of the ledger last read. */
    VehicleTrips vehicleTrips() {
        return vehicleTrips;
    }

    private Ledger read() {
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

    /** Reads the trips near an arrival from memory, the rest from the local collections, each with one query by id. */
    final class StoredTransfers implements TransferBook.Stored, BatchBookings.Store {

        @Override
        public Map<String, DelegationRides> ridesOf(Collection<String> delegationIds) {
            return mongo.find(Query.query(Criteria.where("_id").in(delegationIds)), DelegationRides.class).stream()
                    .filter(r -> r.rides() != null).collect(Collectors.toMap(DelegationRides::id, Function.identity()));
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
