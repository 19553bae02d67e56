package org.cqfriendship.logistics.faults;

import org.cqfriendship.logistics.platform.LocalPlatform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What a scenario's fault works with: the platform's processes, the load, the observations, and where to note findings. */
final class FaultContext {

    static final String REGISTRATION = "http://127.0.0.1:8081";
    static final String ITINERARY = "http://127.0.0.1:8082";
    static final String NOTIFICATION = "http://127.0.0.1:8083";
    static final String ACCREDITATION = "http://127.0.0.1:8084";
    private static final Map<String, String> FIRST_INSTANCES = Map.of("registration", REGISTRATION, "itinerary", ITINERARY,
            "notification", NOTIFICATION, "accreditation", ACCREDITATION);
    /** The services by part name, in the order scenarios treat them. */
    static final List<String> SERVICES = List.of("registration", "itinerary", "notification", "accreditation");
    private static final Map<String, Integer> SECOND_PORTS = Map.of("registration", 8091, "itinerary", 8092, "notification", 8093,
            "accreditation", 8094);

    final LocalPlatform platform;
    final Observations observe;
    final Settings settings;
    final Load load;
    final Ledger ledger;
    final String run;
    /** The running instance of each service, by name, whose outbox backlog recovery waits for. */
    final Map<String, String> services = new ConcurrentHashMap<>(Map.of("registration", REGISTRATION, "itinerary", ITINERARY,
            "notification", NOTIFICATION));
    final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    FaultContext(LocalPlatform platform, Observations observe, Settings settings, Load load, Ledger ledger, String run) {
        this.platform = platform;
        this.observe = observe;
        this.settings = settings;
        this.load = load;
        this.ledger = ledger;
        this.run = run;
    }

    /** Where a service's first instance answers. */
    static String firstInstance(String service) {
        return FIRST_INSTANCES.get(service);
    }

    /** Where a service's second instance answers (started by scenario 9, always there on the cluster). */
    static String secondInstance(String service) {
        return "http://127.0.0.1:" + SECOND_PORTS.get(service);
    }

    static int secondInstancePort(String service) {
        return SECOND_PORTS.get(service);
    }

    /** Sleeps for {@code duration}; not at all if it is zero or negative. */
    void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(0, duration.toMillis()));
    }

    /** Waits until a part has exited on its own (a fault point halted it); false if it is still running after {@code within}. */
    boolean awaitExit(String part, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (platform.isRunning(part)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    void note(String note) {
        notes.add(note);
    }

    void problem(String problem) {
        problems.add(problem);
    }
}
