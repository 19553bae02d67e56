package org.cqfriendship.logistics.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The faults, each injected into the real running processes: the ten of issue 8 on one of each part, two on the cluster shape. */
final class Scenarios {

    private static final Duration HALT_WITHIN = Duration.ofSeconds(120);
    /** Which consumer groups read each topic: a poison record must reach the dead letters from each. */
    private static final Map<String, List<String>> READERS = Map.of(
            "registration.delegations", List.of("itinerary-service", "notification-service", "accreditation-service"),
            "itinerary.sessions", List.of("itinerary-service", "registration-service", "accreditation-service"),
            "itinerary.itineraries", List.of("notification-service"),
            "operations.flight-status", List.of("itinerary-service", "accreditation-service"));

    private Scenarios() {
    }

    /** In the order they run. */
    static List<Scenario> all() {
        return List.of(
                new Scenario(1, "broker killed (SIGKILL) mid-load and restarted", context -> {
                    context.platform.kill("kafka");
                    context.sleep(Duration.ofSeconds(5));
                    context.platform.restart("kafka");
                    return 1;
                }),
                new Scenario(2, "each service killed between its side effect and its offset commit", new Fault2()),
                new Scenario(3, "relay killed after publishing, before marking sent", context -> together(
                        () -> haltAndRestart(context, "registration", Halt.afterRelayed(10), null),
                        () -> haltAndRestart(context, "itinerary", Halt.afterRelayed(10), null))),
                new Scenario(4, "broker paused (SIGSTOP) longer than the clients' timeouts", context -> {
                    context.platform.pause("kafka");
                    context.sleep(context.settings.brokerPause());
                    context.platform.resume("kafka");
                    context.note("broker frozen for " + Outcome.seconds(context.settings.brokerPause())
                            + " (producers' delivery timeout " + Outcome.seconds(context.settings.deliveryTimeout())
                            + ", request timeout " + Outcome.seconds(context.settings.requestTimeout()) + ")");
                    return 1;
                }),
                new Scenario(5, "store killed (SIGKILL) and restarted", context -> {
                    context.platform.kill("store");
                    context.sleep(Duration.ofSeconds(5));
                    context.platform.restart("store");
                    return 1;
                }),
                new Scenario(6, "poison on every topic and partition (malformed, unknown type, impossible)", Scenarios::poison),
                new Scenario(7, "itinerary-service's consumer stalled past max.poll.interval.ms", new Fault7()),
                new Scenario(8, "mail server and SMS gateway down, then back", context -> {
                    context.platform.pause("mail");
                    context.platform.pause("gateway");
                    context.sleep(context.settings.outage());
                    context.platform.resume("mail");
                    context.platform.resume("gateway");
                    context.note("mail server and gateway frozen (SIGSTOP) for " + Outcome.seconds(context.settings.outage()));
                    return 2;
                }),
                // Full run only: three restarts of the notification-service. In the short run scenario 2 kills it between its side
                // effect and its commit, and HeldDigestCrashTest (notification-service) replays a held digest's crash.
                new Scenario(13, "notification-service killed after changes joined held digests, their records redelivered", new Fault13(),
                        true),
                new Scenario(10, "twenty identical registrations at once with one idempotency key", Scenarios::identical),
                // Last: putting the first instances back costs the most, and after the last scenario nothing needs it.
                new Scenario(9, "two instances of each service, the first of each killed", new Fault9()));
    }

    /** Where a service halts: after this many more records consumed, or events relayed (0: not there). */
    private record Halt(int afterConsumed, int afterRelayed) {
        static Halt afterConsumed(int records) {
            return new Halt(records, 0);
        }

        static Halt afterRelayed(int events) {
            return new Halt(0, events);
        }

        /** The service's fault points as {@code /actuator/faults} takes them: this halt armed, nothing else. */
        String json() {
            return "{\"haltAfterConsumed\": %d, \"haltAfterRelayed\": %d, \"stallAfterConsumed\": 0, \"stall\": \"0s\"}"
                    .formatted(afterConsumed, afterRelayed);
        }

        @Override
        public String toString() {
            return afterConsumed > 0 ? "halt after " + afterConsumed + " records consumed" : "halt after " + afterRelayed + " events relayed";
        }
    }

    /** Arms a fault point in the running service, waits until it halts there, and starts it again. */
    private static int haltAndRestart(FaultContext context, String service, Halt halt, Runnable trigger) throws Exception {
        try {
            context.observe.armFaults(FaultContext.firstInstance(service), halt.json());
        } catch (IOException unanswered) {
            // Under load the records it halts after may be waiting already: it can halt before it answers.
            if (!context.awaitExit(service, Duration.ofSeconds(5))) {
                throw unanswered;
            }
        }
        if (trigger != null) {
            trigger.run();
        }
        if (!context.awaitExit(service, HALT_WITHIN)) {
            context.problem(service + " never reached its fault point (" + halt + ")");
        }
        context.platform.restart(service);
        return 1;
    }

    /** The itinerary and notification services halt after a consumed record; the registration-service consumes little, so it gets session events to read. */
    private static final class Fault2 implements Scenario.Fault {
        @Override
        public int inject(FaultContext context) throws Exception {
            String session = "fault-session-" + context.run;
            return together(() -> haltAndRestart(context, "itinerary", Halt.afterConsumed(15), null),
                    () -> haltAndRestart(context, "notification", Halt.afterConsumed(15), null),
                    () -> haltAndRestart(context, "accreditation", Halt.afterConsumed(15), null),
                    () -> haltAndRestart(context, "registration", Halt.afterConsumed(2), () -> {
                        // The itinerary-service may be restarting meanwhile: try until it answers.
                        Instant giveUp = Instant.now().plus(HALT_WITHIN);
                        for (int attempt = 0; ; attempt++) {
                            try {
                                context.observe.publishSessionAndMoveIt(session + "-" + attempt, 3);
                                return;
                            } catch (Exception e) {
                                if (Instant.now().isAfter(giveUp)) {
                                    context.problem("could not publish and move " + session + ": " + e.getMessage());
                                    return;
                                }
                                sleepQuietly(Duration.ofSeconds(1));
                            }
                        }
                    }));
        }
    }

    /** Runs the parts at the same time (restarts that do not wait for each other) and adds up what they return. */
    @SafeVarargs
    static int together(Callable<Integer>... parts) throws Exception {
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        for (Callable<Integer> part : parts) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return part.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }));
        }
        int sum = 0;
        for (var part : running) {
            try {
                sum += part.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        return sum;
    }

    private static int poison(FaultContext context) throws Exception {
        Set<String> expected = new LinkedHashSet<>();
        int sent = 0;
        for (Map.Entry<String, List<String>> topic : READERS.entrySet()) {
            String valid = switch (topic.getKey()) {
                case "registration.delegations" -> "DelegationRegistered";
                case "itinerary.sessions" -> "SessionRescheduled";
                case "itinerary.itineraries" -> "ClashDetected";
                default -> "FlightStatusChanged";
            };
            for (int partition = 0; partition < context.observe.partitions(topic.getKey()); partition++) {
                Map<String, String[]> kinds = Map.of(
                        "malformed", new String[] {valid, "{\"delegationId\": \"poison\", oops"},
                        "unknown-type", new String[] {"NoSuchEvent", "{\"delegationId\": \"poison\"}"},
                        "impossible", new String[] {valid, "{\"locality\": \"nowhere\", \"title\": \"nothing\"}"});
                for (Map.Entry<String, String[]> kind : kinds.entrySet()) {
                    String eventId = "poison-" + context.run + "-" + topic.getKey() + "-" + partition + "-" + kind.getKey();
                    context.observe.publish(topic.getKey(), partition, eventId, eventId, kind.getValue()[0],
                            kind.getValue()[1].getBytes(StandardCharsets.UTF_8));
                    topic.getValue().forEach(group -> expected.add(eventId + " by " + group));
                    sent++;
                }
            }
        }
        Instant sentAt = Instant.now();
        Set<String> missing = new LinkedHashSet<>(expected);
        // A consumer reaches its poison after what the load put before it: as late as its lag, at most the recovery bound.
        Duration within = context.settings.recoveryBound();
        while (!missing.isEmpty() && Instant.now().isBefore(sentAt.plus(within))) {
            for (String topic : READERS.keySet()) {
                context.observe.readAll(topic + ".DLT").forEach(r -> missing.remove(
                        header(r, "ce_id") + " by " + header(r, "kafka_dlt-original-consumer-group")));
            }
            if (!missing.isEmpty()) {
                context.sleep(Duration.ofMillis(500));
            }
        }
        Duration took = Duration.between(sentAt, Instant.now());
        missing.forEach(m -> context.problem("poison " + m + " was not dead-lettered within " + Outcome.seconds(within)));
        context.note(sent + " poison records, " + expected.size() + " dead letters expected (one per consuming group); "
                + (missing.isEmpty() ? "all dead-lettered within " + Outcome.seconds(took) : missing.size() + " missing"));
        return sent;
    }

    /**
     * A stall before one record two and a half times as long as max.poll.interval.ms (25 s past 10 s in the full run):
     * the consumer is thrown out of its group and comes back.
     */
    private static final class Fault7 implements Scenario.Fault {
        @Override
        public int inject(FaultContext context) throws Exception {
            Duration interval = context.settings.maxPollInterval();
            Duration stall = context.settings.consumerStall();
            context.platform.restart("itinerary", Map.of("LOGISTICS_FAULTS_STALL_AFTER_CONSUMED", "10",
                    "LOGISTICS_FAULTS_STALL", stall.toMillis() + "ms",
                    "SPRING_APPLICATION_JSON", "{\"spring\":{\"kafka\":{\"consumer\":{\"properties\":{\"max.poll.interval.ms\":\""
                            + interval.toMillis() + "\"}}}}}"));
            // The records that came while it restarted are ten within a few seconds; then the stall itself.
            context.sleep(Duration.ofSeconds(5).plus(stall));
            context.note("itinerary-service stalled " + Outcome.seconds(stall) + " before its 11th record with max.poll.interval.ms = "
                    + Outcome.seconds(interval));
            return 1;
        }

        @Override
        public void restore(FaultContext context) {
            Map<String, String> off = new HashMap<>();
            for (String key : List.of("LOGISTICS_FAULTS_STALL_AFTER_CONSUMED", "LOGISTICS_FAULTS_STALL", "SPRING_APPLICATION_JSON")) {
                off.put(key, null);
            }
            context.platform.restart("itinerary", off);
        }
    }

    /**
     * With a digest window, a delegation's changes that are not urgent join its held alert. The notification-service halts
     * between such joins and its offset commit and is started again: the same records come again, when the digests they
     * joined may have gone out and newer changes opened the next ones. Each change must still be in one alert only.
     */
    private static final class Fault13 implements Scenario.Fault {
        /** Shorter than the service's restart, so that some digests go out before their records come again. */
        private static final Duration WINDOW = Duration.ofSeconds(10);

        @Override
        public int inject(FaultContext context) throws Exception {
            context.platform.restart("notification", Map.of("NOTIFICATION_DIGEST_WINDOW", WINDOW.toSeconds() + "s"));
            Instant windowOpened = Instant.now();
            context.sleep(WINDOW.dividedBy(2)); // digests opened and joined
            int faults = haltAndRestart(context, "notification", Halt.afterConsumed(15), null);
            context.note("digest window " + Outcome.seconds(WINDOW) + "; notification-service halted after 15 records consumed, before"
                    + " committing them, and started again; by then " + context.observe.digestsJoined(windowOpened)
                    + " alerts recorded since the window opened told more than one change");
            return faults;
        }

        @Override
        public void restore(FaultContext context) {
            context.platform.restart("notification", Map.of("NOTIFICATION_DIGEST_WINDOW", FaultSuite.DIGEST_WINDOW));
        }
    }

    /**
     * Second instances join the groups; the first of each service is killed; the seconds carry on alone. While both run, a
     * coordinator's inbox page is open on the second notification instance and must be shown every alert of theirs, whichever
     * instance recorded it.
     */
    private static final class Fault9 implements Scenario.Fault {
        private static final String WATCHED_INBOX = "coord-demo";
        private static final Duration PUSHED_WITHIN = Duration.ofSeconds(15);

        @Override
        public int inject(FaultContext context) throws Exception {
            together(FaultContext.SERVICES.stream().<Callable<Integer>>map(service -> () -> {
                context.platform.startInstance(service, service + "-2", FaultContext.secondInstancePort(service), Map.of());
                return 1;
            }).toArray(Callable[]::new));
            try (InboxWatch page = InboxWatch.open(FaultContext.secondInstance("notification"), WATCHED_INBOX)) {
                Instant opened = Instant.now();
                context.load.sendTo(List.of(FaultContext.REGISTRATION, FaultContext.secondInstance("registration")));
                context.sleep(Duration.ofSeconds(10)); // both in each group, partitions shared
                context.load.sendTo(List.of(FaultContext.secondInstance("registration")));
                checkPushed(context, page, context.observe.alertsRecorded(WATCHED_INBOX, opened, Instant.now()));
            }
            return killFirstInstances(context);
        }

        private static void checkPushed(FaultContext context, InboxWatch page, Set<String> recorded) throws InterruptedException {
            Set<String> missing = page.awaitPushed(recorded, PUSHED_WITHIN);
            if (!missing.isEmpty()) {
                context.problem(missing.size() + " of the " + recorded.size() + " alerts recorded for " + WATCHED_INBOX
                        + " while both instances ran never reached their inbox page open on the second instance: " + missing);
            }
            context.note(recorded.size() + " alerts recorded for " + WATCHED_INBOX + " while both instances ran, "
                    + (recorded.size() - missing.size()) + " pushed to their inbox page on the second instance");
        }

        @Override
        public void restore(FaultContext context) throws Exception {
            together(FaultContext.SERVICES.stream().<Callable<Integer>>map(service -> () -> {
                context.platform.restart(service);
                context.platform.stop(service + "-2");
                return 1;
            }).toArray(Callable[]::new));
        }
    }

    /** Kills the first instance of each service (SIGKILL); the load and the checks go to the seconds from then on. */
    private static int killFirstInstances(FaultContext context) {
        for (String service : FaultContext.SERVICES) {
            context.platform.kill(service);
            context.services.put(service, FaultContext.secondInstance(service));
        }
        context.load.sendTo(List.of(FaultContext.secondInstance("registration")));
        return FaultContext.SERVICES.size();
    }

    /** The cluster's scenarios, in the order they run, on three brokers and two instances of each service. */
    static List<Scenario> cluster() {
        return List.of(
                new Scenario(11, "one of three brokers killed (SIGKILL) under load and left down", new Fault11()),
                new Scenario(12, "the first instance of each service killed (SIGKILL), its partner taking over", new Fault12()));
    }

    /**
     * Kills broker 2 and leaves it down until the scenario ends: every partition it led gets a new leader from the two others,
     * which hold every acknowledged record (three copies, two in sync before an acknowledgement), and the load goes on.
     */
    private static final class Fault11 implements Scenario.Fault {
        private static final int NODE = 2;
        private static final String BROKER = "kafka-2";

        @Override
        public int inject(FaultContext context) throws Exception {
            long led = context.observe.partitionsLedBy(NODE);
            context.platform.kill(BROKER);
            context.note(BROKER + " killed while it led " + led + " partitions; it stays down until the scenario ends");
            return 1;
        }

        @Override
        public void restore(FaultContext context) {
            context.platform.restart(BROKER);
        }
    }

    /** The first instances die; each partner takes over their partitions (after the 10 s session timeout) and the load. */
    private static final class Fault12 implements Scenario.Fault {
        @Override
        public int inject(FaultContext context) {
            int killed = killFirstInstances(context);
            context.note("registration, itinerary, notification and accreditation killed on 8081–8084; their partners on 8091–8094 went on");
            return killed;
        }

        @Override
        public void restore(FaultContext context) throws Exception {
            together(FaultContext.SERVICES.stream().<Callable<Integer>>map(service -> () -> {
                context.platform.restart(service);
                return 1;
            }).toArray(Callable[]::new));
        }
    }

    private static int identical(FaultContext context) throws Exception {
        String key = "identical-" + context.run;
        List<Load.Answer> answers = Load.identicalAtOnce(context.ledger, FaultContext.REGISTRATION, key, 20);
        Set<String> ids = new LinkedHashSet<>();
        List<Integer> statuses = new ArrayList<>();
        answers.forEach(a -> {
            statuses.add(a.status());
            if (a.delegationId() != null) {
                ids.add(a.delegationId());
            }
        });
        if (statuses.stream().anyMatch(s -> s != 200 && s != 201)) {
            context.problem("twenty identical registrations answered " + statuses);
        }
        if (ids.size() != 1) {
            context.problem("twenty identical registrations were answered with " + ids.size() + " different delegations: " + ids);
        }
        context.note("twenty identical registrations with key " + key + " answered " + statuses.stream().distinct().sorted().toList()
                + " with " + ids.size() + " delegation id");
        return 1;
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
