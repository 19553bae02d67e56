package org.cqfriendship.logistics.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local store keeps documents as BSON: what a client wrote is what it reads after the store restarts. */
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
    void refusesAFileWhoseDocumentsWereWrittenTheOldWay() {
        String file = folder.resolve("old.mv.db").toString();
        MVStore old = new MVStore.Builder().fileName(file).open();
        old.<Object, de.bwaldvogel.mongo.bson.Document>openMap("databases.registration.delegations")
                .put("d-1", new de.bwaldvogel.mongo.bson.Document("_id", "d-1"));
        old.close();

        assertThatThrownBy(() -> new StoreServer.DurableH2Backend(file, 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("older version").hasMessageContaining("--data-dir");
    }

    private static void withStore(String file, java.util.function.Consumer<MongoClient> work) {
        StoreServer.DurableH2Backend backend = new StoreServer.DurableH2Backend(file, 0);
        MongoServer server = new MongoServer(backend);
        java.net.InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client);
        } finally {
            server.shutdown();
        }
    }
}
