package org.cqfriendship.logistics.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The raw store: inserts, then upserts, of a document shaped like a stored delegation (one head
 * with an arrival and sign-ups, a contact, an outbox entry), one at a time, as fast as it takes
 * them; then the same number inserted in bulk, {@value #BULK} to a command.
 */
final class StoreBaseline implements AutoCloseable {

    private final MongoClient client;
    private final MongoCollection<Document> collection;

    StoreBaseline(String uri) {
        this.client = MongoClients.create(uri);
        this.collection = client.getDatabase("benchmarks").getCollection("delegation_shape");
    }

    static final int BULK = 500;

    /** Documents per second: {inserts, upserts, inserts in bulk}. */
    double[] run(int documents) {
        collection.drop();
        List<String> ids = IntStream.range(0, documents).mapToObj(i -> UUID.randomUUID().toString()).toList();
        long start = System.nanoTime();
        for (String id : ids) {
            collection.insertOne(delegation(id, 0));
        }
        double inserts = documents / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        for (String id : ids) {
            collection.replaceOne(Filters.eq("_id", id), delegation(id, 1), new ReplaceOptions().upsert(true));
        }
        double upserts = documents / ((System.nanoTime() - start) / 1e9);
        collection.drop();
        List<Document> fresh = ids.stream().map(id -> delegation(id, 0)).toList();
        start = System.nanoTime();
        for (int from = 0; from < fresh.size(); from += BULK) {
            collection.insertMany(fresh.subList(from, Math.min(fresh.size(), from + BULK)));
        }
        double bulkInserts = documents / ((System.nanoTime() - start) / 1e9);
        return new double[] {inserts, upserts, bulkInserts};
    }

    private static Document delegation(String id, long version) {
        Document arrival = new Document("mode", "AIR").append("carrier", "QV").append("number", "QV619").append("port", "CKG")
                .append("scheduledAt", new Date());
        Document head = new Document("memberId", UUID.randomUUID().toString()).append("role", "HEAD").append("givenName", "Test")
                .append("familyName", "Delegate").append("languages", List.of("lo", "en")).append("arrival", arrival)
                .append("attends", List.of("opening-ceremony")).append("diets", List.of()).append("allergens", List.of());
        Document outbox = new Document("eventId", UUID.randomUUID().toString()).append("type", "DelegationRegistered")
                .append("topic", "registration.delegations").append("key", id).append("occurredAt", new Date())
                .append("payload", "{\"delegationId\":\"" + id + "\",\"locality\":\"Luang Prabang Province\"}");
        return new Document("_id", id).append("locality", "Luang Prabang Province").append("country", "LA")
                .append("kind", "LOCAL_GOVERNMENT").append("coordinatorId", "coord-demo")
                .append("contact", new Document("name", "Office").append("email", "office@lpb.example.la"))
                .append("members", List.of(head)).append("registeredAt", new Date()).append("version", version)
                .append("outbox", version == 0 ? List.of(outbox) : List.of());
    }

    @Override
    public void close() {
        client.getDatabase("benchmarks").drop();
        client.close();
    }
}
