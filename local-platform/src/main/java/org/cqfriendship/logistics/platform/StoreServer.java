package org.cqfriendship.logistics.platform;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The MongoDB-wire store of the local platform: mongo-java-server on an H2 file. Its oplog is off:
 * no service reads change streams, and keeping it cost about a third of the store's time under
 * load (docs/decisions.md). Its own process; every change is written before it is acknowledged,
 * and it stops cleanly on SIGTERM. A command that takes 500 ms or more (environment
 * {@code STORE_SLOW_COMMAND_MS}, 0 for never) is logged with its shape: which collection, and the
 * fields it asked by, without their values ({@link CommandShape}). With {@code STORE_COMMAND_PROFILE}
 * naming a file, the time of every command is summed by its shape and written there at stop
 * ({@link CommandProfile}). Arguments: the H2 file, the port.
 */
public final class StoreServer {

    private StoreServer() {
    }

    /**
     * Writes every change to the file before the command is answered, so that a write the store
     * acknowledged survives a crash of its process (SIGKILL): it is in the operating system's
     * hands, though not yet forced to the disk. (Committed every 50 ms instead, as it was, a kill
     * lost acknowledged writes: the fault tests' store scenario saw an alert vanish.)
     * <p>
     * Writers at the same moment share one commit (group commit): a command that may have changed
     * something takes a ticket once its change is made and waits until a commit that began after
     * that is done; one committer thread commits whatever was made by the time it begins, for every
     * ticket taken by then. A commit rewrites the changed pages of the file's B-trees and their
     * parents, so one commit for many changes writes far less than one for each (committing every
     * command, the benchmark's store wrote 110 MB in 5 s while the machine waited on the disk half
     * of the time). A command that only reads takes no ticket.
     */
    static final class DurableH2Backend extends H2Backend {

        /** Commands that change nothing: answered without waiting for a commit. */
        private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "aggregate",
                "listCollections", "listIndexes", "listDatabases", "ping", "hello", "isMaster", "ismaster", "buildInfo", "buildinfo",
                "serverStatus", "dbStats", "collStats", "killCursors", "endSessions", "getLastError", "getlasterror", "whatsmyuri",
                "getParameter", "hostInfo", "connectionStatus", "getCmdLineOpts", "getFreeMonitoringStatus", "saslStart",
                "saslContinue");

        private final long slowMillis;
        private final CommandProfile profile;
        private final Object commits = new Object();
        /** Held shared by each change while it is made, and exclusively by a commit while it writes the changed pages. */
        private final ReentrantReadWriteLock changing = new ReentrantReadWriteLock();
        /** Tickets taken (changes made) and tickets covered by a finished commit. */
        private long taken;
        private long committed;
        private RuntimeException failed;

        /** {@code slowMillis}: a command that takes this long or longer is logged with its shape (0: none is). */
        DurableH2Backend(String file, long slowMillis, CommandProfile profile) {
            // The committer commits; MVStore's own background commit would only write the same changes again.
            // A page cache of 192 MB instead of 16: the services' collections and their unique indexes are
            // many B-trees, and pages read again from the file cost the store most of its time under load.
            // Documents as BSON (BsonDocuments); the file's format is checked before the backend reads any of them.
            super(BsonDocuments.checkFormat(new MVStore.Builder().fileName(file).autoCommitDisabled().cacheSize(192).open(), file));
            this.slowMillis = slowMillis;
            this.profile = profile;
            Thread committer = new Thread(this::commitWhatIsMade, "store-committer");
            committer.setDaemon(true);
            committer.start();
        }

        /** Its collections' documents as BSON ({@link BsonDocuments}). */
        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new BsonDocuments.Database(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            long start = System.nanoTime();
            Document answer;
            if (READS.contains(command)) {
                answer = super.handleCommand(channel, databaseName, command, query);
                profile(databaseName, command, query, start);
            } else {
                // mongo-java-server updates a stored document in place (keys removed and put again), and the
                // committer may be writing that very document to the file: changes wait while a commit
                // serializes (decision 75). Changes run side by side; only the commit is exclusive.
                changing.readLock().lock();
                try {
                    answer = super.handleCommand(channel, databaseName, command, query);
                } finally {
                    changing.readLock().unlock();
                }
                profile(databaseName, command, query, start);
                awaitCommit();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (slowMillis > 0 && millis >= slowMillis) {
                System.out.println("Slow command, " + millis + " ms: " + shape(databaseName, command, query));
            }
            return answer;
        }

        private void profile(String databaseName, String command, Document query, long start) {
            if (profile != null) {
                profile.add(shape(databaseName, command, query), System.nanoTime() - start);
            }
        }

        private static String shape(String databaseName, String command, Document query) {
            return databaseName + "." + query.get(command) + " " + command + " " + CommandShape.of(query);
        }

        /** Waits until a commit that began after this thread's change was made is done. */
        private void awaitCommit() {
            synchronized (commits) {
                long ticket = ++taken;
                commits.notifyAll();
                while (committed < ticket) {
                    if (failed != null) {
                        throw failed;
                    }
                    try {
                        commits.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted before the change was committed", e);
                    }
                }
            }
        }

        private void commitWhatIsMade() {
            while (true) {
                long upTo;
                synchronized (commits) {
                    while (taken == committed) {
                        try {
                            commits.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    upTo = taken;
                }
                try {
                    changing.writeLock().lock();
                    try {
                        commit();
                    } finally {
                        changing.writeLock().unlock();
                    }
                    synchronized (commits) {
                        committed = upTo;
                        failed = null;
                        commits.notifyAll();
                    }
                } catch (RuntimeException e) {
                    synchronized (commits) {
                        failed = e;
                        commits.notifyAll();
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        String slow = System.getenv("STORE_SLOW_COMMAND_MS");
        String profileFile = System.getenv("STORE_COMMAND_PROFILE");
        CommandProfile profile = profileFile == null || profileFile.isBlank() ? null : new CommandProfile();
        H2Backend backend = new DurableH2Backend(file.toString(), slow == null || slow.isBlank() ? 500 : Long.parseLong(slow.trim()), profile);
        backend.version(StoreVersion.REPORTED);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("MongoDB-wire store listening on 127.0.0.1:" + port + ", data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            if (profile != null) {
                profile.write(Path.of(profileFile.strip()));
            }
            System.out.println("Store stopped; data saved in " + file);
            stopped.countDown();
        }));
        stopped.await();
    }
}
