package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB-wire store of the local platform: mongo-java-server on an H2 file. Its oplog is off:
 * no service reads change streams, and keeping it cost about a third of the store's time under
 * load (docs/decisions.md). Its own process; every change is written before it is acknowledged,
 * and it stops cleanly on SIGTERM. A command that takes 500 ms or more (environment
 * {@code STORE_SLOW_COMMAND_MS}, 0 for never) is logged with its shape: which collection, and the
 * fields it asked by, without their values ({@link CommandShape}).
 * Arguments: the H2 file, the port.
 */
public final class StoreServer {

    private StoreServer() {
    }

    /**
     * Writes every change to the file before the command is answered, so that a write the store
     * acknowledged survives a crash of its process (SIGKILL): it is in the operating system's
     * hands, though not yet forced to the disk. (Committed every 50 ms instead, as it was, a kill
     * lost acknowledged writes: the fault tests' store scenario saw an alert vanish.) A command
     * that changed nothing commits nothing, and writers at the same time share a commit.
     */
    static final class DurableH2Backend extends H2Backend {

        private final long slowMillis;

        /** {@code slowMillis}: a command that takes this long or longer is logged with its shape (0: none is). */
        DurableH2Backend(String file, long slowMillis) {
            super(file);
            this.slowMillis = slowMillis;
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            long start = System.nanoTime();
            Document answer = super.handleCommand(channel, databaseName, command, query);
            commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (slowMillis > 0 && millis >= slowMillis) {
                System.out.println("Slow command, " + millis + " ms: " + databaseName + "." + query.get(command) + " " + command + " "
                        + CommandShape.of(query));
            }
            return answer;
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        String slow = System.getenv("STORE_SLOW_COMMAND_MS");
        H2Backend backend = new DurableH2Backend(file.toString(), slow == null || slow.isBlank() ? 500 : Long.parseLong(slow.trim()));
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-wire store listening on 127.0.0.1:" + port + ", data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            System.out.println("Store stopped; data saved in " + file);
            stopped.countDown();
        }));
        stopped.await();
    }
}
