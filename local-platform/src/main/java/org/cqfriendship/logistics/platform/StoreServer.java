package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The MongoDB-wire store of the local platform: mongo-java-server on an H2 file. Its oplog is off:
 * no service reads change streams, and keeping it cost about a third of the store's time under
 * load (docs/decisions.md). Its own process; stops cleanly on SIGTERM so the file is consistent.
 * Arguments: the H2 file, the port.
 */
public final class StoreServer {

    private StoreServer() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        // The H2 store writes its file in the background about once a second; committing every
        // 50 ms narrows what a kill -9 of this process can lose.
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store-commit");
            thread.setDaemon(true);
            return thread;
        });
        committer.scheduleWithFixedDelay(backend::commit, 50, 50, TimeUnit.MILLISECONDS);
        System.out.println("MongoDB-wire store listening on 127.0.0.1:" + port + ", data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            committer.shutdown();
            server.shutdown();
            System.out.println("Store stopped; data saved in " + file);
            stopped.countDown();
        }));
        stopped.await();
    }
}
