package org.cqfriendship.logistics.platform;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store keeps documents as BSON and index keys typed: what a client wrote is what it reads and finds after the store restarts. */
class BsonDocumentsTest {

    @TempDir
    Path folder;

    @Test
    void aDocumentReadAfterARestartIsTheOneWritten() {
        String file = folder.resolve("store.mv.db").toString();
        Document written = new Document("_id", "d-1").append("version", 3L).append("count", 7).append("share", 0.25)
                .append("registeredAt", Date.from(Instant.parse("2026-05-20T02:40:00.123Z"))).append("open", true).append("note", null)
                .append("members", List.of(new Document("memberId", "m-1").append("name", "Li Na"), new Document("memberId", "m-2")))
                .append("contact", new Document("email", "head@example.org").append("languages", List.of("zh", "en")));
        withStore(file, client -> client.getDatabase("registration").getCollection("delegations").insertOne(written));

        Document[] read = new Document[1];
        withStore(file, client -> read[0] = client.getDatabase("registration").getCollection("delegations")
                .find(new Document("_id", "d-1")).first());

        assertThat(read[0]).isEqualTo(written);
    }

    @Test
    void aUniqueIndexFindsAndRefusesByItsKeysAfterARestart() {
        String file = folder.resolve("indexed.mv.db").toString();
        withStore(file, client -> {
            var delegations = client.getDatabase("registration").getCollection("delegations");
            delegations.createIndex(new Document("idempotencyKey", 1), new IndexOptions().unique(true).sparse(true));
            delegations.createIndex(new Document("_id", 1).append("version", 1), new IndexOptions().unique(true));
            delegations.insertOne(new Document("_id", "d-1").append("version", 0L).append("idempotencyKey", "key-1"));
            delegations.insertOne(new Document("_id", "d-2").append("version", 4L));
            delegations.insertOne(new Document("_id", "d-3").append("version", 0L).append("idempotencyKey", "key-3"));
        });

        withStore(file, client -> {
            var delegations = client.getDatabase("registration").getCollection("delegations");
            assertThat(delegations.find(new Document("idempotencyKey", "key-3")).first()).containsEntry("_id", "d-3");
            assertThat(delegations.find(new Document("_id", "d-2").append("version", 4L)).first()).containsEntry("_id", "d-2");
            assertThat(delegations.updateOne(new Document("_id", "d-2").append("version", 3L), new Document("$set", new Document("version", 5L)))
                    .getMatchedCount()).isZero();
            assertThatThrownBy(() -> delegations.insertOne(new Document("_id", "d-4").append("version", 0L).append("idempotencyKey", "key-1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            delegations.deleteOne(new Document("_id", "d-1"));
            delegations.insertOne(new Document("_id", "d-5").append("version", 0L).append("idempotencyKey", "key-1"));
            assertThat(delegations.find(new Document("idempotencyKey", "key-1")).first()).containsEntry("_id", "d-5");
        });
    }

    @Test
    void refusesAFileWhoseDocumentsWereWrittenTheOldWay() {
        String file = folder.resolve("old.mv.db").toString();
        MVStore old = new MVStore.Builder().fileName(file).open();
        old.<Object, de.bwaldvogel.mongo.bson.Document>openMap("databases.registration.delegations")
                .put("d-1", new de.bwaldvogel.mongo.bson.Document("_id", "d-1"));
        old.close();

        assertThatThrownBy(() -> new StoreServer.DurableH2Backend(file, 0, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("older version").hasMessageContaining("--data-dir");
    }

    private static void withStore(String file, Consumer<MongoClient> work) {
        StoreServer.DurableH2Backend backend = new StoreServer.DurableH2Backend(file, 0, null);
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client);
        } finally {
            server.shutdown();
        }
    }
}
