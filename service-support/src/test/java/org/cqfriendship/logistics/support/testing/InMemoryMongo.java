package org.cqfriendship.logistics.support.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

/**
 * One mongo-java-server per test JVM (in memory, oplog off, like the local platform's store), and a
 * fresh database for each caller, so test classes never see each other's documents.
 */
public final class InMemoryMongo {

    private static MongoServer server;
    /** MongoDB 4.4, wire version 9: what the local platform's store reports (StoreVersion), so the tests talk to the same. */
    private static final MongoVersion REPORTED = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(4, 4, 0);
        }

        @Override
        public int getWireVersion() {
            return 9;
        }
    };

    private InMemoryMongo() {
    }

    public static synchronized String freshDatabaseUri(String prefix) {
        if (server == null) {
            MemoryBackend backend = new MemoryBackend();
            backend.version(REPORTED);
            server = new MongoServer(backend);
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        InetSocketAddress address = server.getLocalAddress();
        String database = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    /** A fresh database's client and template; close it after the test. */
    public record Fresh(MongoClient client, MongoTemplate mongo)
            implements AutoCloseable {

        @Override
        public void close() {
            client.close();
        }
    }

    /** A client of a fresh database and a template on it. */
    public static Fresh freshDatabase(String prefix) {
        String uri = freshDatabaseUri(prefix);
        MongoClient client = MongoClients.create(uri);
        return new Fresh(client, new MongoTemplate(client, uri.substring(uri.lastIndexOf('/') + 1)));
    }
}
