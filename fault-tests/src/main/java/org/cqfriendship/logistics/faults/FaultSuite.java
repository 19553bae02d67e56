package org.cqfriendship.logistics.faults;

import org.cqfriendship.logistics.platform.LocalPlatform;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs fault scenarios one after another on one local platform (real broker, store, mail server,
 * gateway simulator and services, each its own process): for each, a steady load, the fault,
 * more load, then recovery is timed and everything is gathered and judged.
 */
final class FaultSuite implements AutoCloseable {

    /** Every change alerted at once, unless a scenario says otherwise. */
    static final String DIGEST_WINDOW = "0s";

    private final LocalPlatform platform;
    private final Observations observe;
    private final Settings settings;
    private final PrintStream progress;
    private final String run = Long.toString(Instant.now().getEpochSecond(), 36);

    private FaultSuite(LocalPlatform platform, Settings settings, PrintStream progress) {
        this.platform = platform;
        this.observe = new Observations(platform.kafkaBootstrapServers());
        this.settings = settings;
        this.progress = progress;
    }

    /** A fresh platform in a scratch folder; every change is alerted at once (no digest) and the load is not rate-limited. */
    static FaultSuite start(Path projectRoot, Settings settings, PrintStream platformLog, PrintStream progress) throws Exception {
        Path data = Files.createTempDirectory("fault-tests");
        progress.println("Starting the local platform in " + data + " ...");
        // Nobody acknowledges the load's urgent alerts: escalating them to the duty manager after the
        // usual 10 minutes would add a wave of alerts no scenario looks at.
        LocalPlatform platform = LocalPlatform.start(data, projectRoot, false, platformLog,
                Map.of("NOTIFICATION_DIGEST_WINDOW", DIGEST_WINDOW, "REGISTRATION_RATE_LIMIT_PER_MINUTE", "100000000",
                        "NOTIFICATION_ESCALATION_AFTER", "12h",
                        // The deployed limit (10 sends a second per channel) stands for a provider's contract; the local
                        // mail server and gateway have none, and the load needs several sends a second per registration.
                        "RESILIENCE4J_RATELIMITER_CONFIGS_CHANNEL_LIMITFORPERIOD", "1000",
                        // Fault points on, none armed: a scenario arms them in the running service (/actuator/faults)
                        // rather than restarting it with other settings first.
                        "LOGISTICS_FAULTS_ENABLED", "true", "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info,metrics,prometheus,faults",
                        // The scenarios restart services often; the quicker compiler alone starts them sooner.
                        "JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1",
                        "SPRING_KAFKA_PRODUCER_PROPERTIES_DELIVERY_TIMEOUT_MS", Long.toString(settings.deliveryTimeout().toMillis()),
                        "SPRING_KAFKA_PRODUCER_PROPERTIES_REQUEST_TIMEOUT_MS", Long.toString(settings.requestTimeout().toMillis())),
                settings.cluster());
        FaultSuite suite = new FaultSuite(platform, settings, progress);
        suite.observe.unlimitedOpeningCeremony();
        return suite;
    }

    List<Outcome> run(List<Scenario> scenarios) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Outcome outcome = run(scenario, scenario != scenarios.get(scenarios.size() - 1));
            progress.println(outcome.summary());
            if (!outcome.passed()) {
                Checks.Verdict verdict = outcome.verdict();
                Stream.of(verdict.lost(), verdict.doubled(), verdict.disorder(), verdict.problems())
                        .flatMap(List::stream).limit(8).forEach(reason -> progress.println("       " + reason));
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** {@code restore}: put the platform back afterwards (not needed after the last scenario). */
    private Outcome run(Scenario scenario, boolean restore) throws Exception {
        progress.println("[" + scenario.number() + "] " + scenario.name() + " ...");
        Ledger ledger = new Ledger();
        String tag = run + "s" + scenario.number();
        Load load = new Load(ledger, tag, settings.perSecond(), settings.cluster()
                ? List.of(FaultContext.REGISTRATION, FaultContext.secondInstance("registration")) : List.of(FaultContext.REGISTRATION));
        FaultContext context = new FaultContext(platform, observe, settings, load, ledger, tag);
        Instant started = Instant.now();
        int faults;
        Instant faultEnded;
        try (load) {
            load.start();
            context.sleep(settings.warmup());
            try {
                faults = scenario.fault().inject(context);
            } catch (Exception e) {
                context.problem("the fault could not be injected as planned: " + e);
                faults = 0;
            }
            faultEnded = Instant.now();
            // Timed from the fault's end with the load going on; the load then runs for the rest of its time.
            Duration recovery = recovery(context, ledger, faultEnded);
            context.sleep(Duration.between(Instant.now(), faultEnded.plus(settings.afterFault())));
            Duration loadTime = Duration.between(started, Instant.now());
            load.stop(settings.recoveryBound());
            boolean settled = awaitSettled(context, ledger, settings.recoveryBound());
            if (!settled) {
                context.problem("not everything acknowledged had reached its itinerary and its coordinator within "
                        + Outcome.seconds(settings.recoveryBound()) + " after the load stopped");
            }
            Checks.Verdict verdict = Checks.of(ledger, observe.dump(ids(ledger), keys(ledger))).with(context.problems);
            if (verdict.resentEmails() > 0) {
                context.note(verdict.resentEmails() + " alerts emailed again with the same Message-ID after a crash (shown once by mail clients)");
            }
            Outcome outcome = new Outcome(scenario.number(), scenario.name(), ledger.registrations().size(), ledger.changedDelegations().size(),
                    ledger.unansweredKeys().size(), loadTime, faults, recovery == null ? settings.recoveryBound() : recovery, recovery != null,
                    settings.recoveryBound(), verdict, ledger.failedAttempts(), context.notes);
            if (restore) {
                scenario.fault().restore(context);
            }
            return outcome;
        }
    }

    /**
     * From the end of the fault until consumer lag is down to what the load has in flight, every
     * service's outbox backlog is zero, and everything acknowledged before the fault ended is in
     * its itinerary and told to its coordinator on every channel (null: not within the bound, and
     * what it was still waiting for is noted). The load goes on meanwhile.
     */
    private Duration recovery(FaultContext context, Ledger ledger, Instant faultEnded) throws InterruptedException {
        Instant deadline = faultEnded.plus(settings.recoveryBound());
        String behind = "nothing checked yet";
        while (Instant.now().isBefore(deadline)) {
            Instant checked = Instant.now();
            behind = behind(context, expectedFlights(ledger, faultEnded), settings.inFlight(), faultEnded);
            if (behind == null) {
                return Duration.between(faultEnded, Instant.now());
            }
            pause(checked);
        }
        context.note("at the recovery bound it was still waiting for: " + behind);
        return null;
    }

    /** Once the load has stopped: no lag, no backlog, and every alert about what was acknowledged delivered. */
    private boolean awaitSettled(FaultContext context, Ledger ledger, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            Instant checked = Instant.now();
            if (behind(context, expectedFlights(ledger, Instant.MAX), 0, Instant.MAX) == null) {
                return true;
            }
            pause(checked);
        }
        return false;
    }

    /**
     * Waits a second, or as long as the check begun at {@code checked} took: a check reads thousands
     * of documents by id, and checking without a pause would take the store from what it watches.
     */
    private static void pause(Instant checked) throws InterruptedException {
        Thread.sleep(Math.max(1000, Duration.between(checked, Instant.now()).toMillis()));
    }

    /**
     * What the platform is still behind on (null: caught up): consumer lag and each outbox within
     * {@code allowedLag} records (in flight while the load goes on); alerts recorded after
     * {@code pendingUpTo} may still be on their way.
     */
    private String behind(FaultContext context, Map<String, String> expected, long allowedLag, Instant pendingUpTo) {
        try {
            Map<String, Long> lag = observe.lag();
            if (lag.values().stream().mapToLong(Long::longValue).sum() > allowedLag) {
                return "consumer lag " + lag;
            }
            for (String service : context.services.values()) {
                long backlog = observe.outboxBacklog(service);
                if (backlog > allowedLag) {
                    return backlog + " events in the outbox of " + service;
                }
            }
            List<String> unsettled = observe.unsettled(expected, pendingUpTo);
            return unsettled.isEmpty() ? null : String.join(", ", unsettled);
        } catch (Exception notYet) {
            return "a part still down or restarting (" + notYet.getMessage() + ")";
        }
    }

    /**
     * The flight each delegation acknowledged by {@code until} should be picked up from: the
     * earlier one once its change was acknowledged by then, the first one if no change was ever
     * tried, and either (null) while a change is under way or was never answered.
     */
    private static Map<String, String> expectedFlights(Ledger ledger, Instant until) {
        Map<String, String> flights = new HashMap<>();
        for (Ledger.Registered registration : ledger.registrations()) {
            if (registration.acknowledgedAt().isAfter(until)) {
                continue;
            }
            String id = registration.delegationId();
            Instant changed = ledger.changedAt(id);
            if (changed != null && !changed.isAfter(until)) {
                flights.put(id, Load.EARLIER_FLIGHT);
            } else {
                flights.put(id, changed == null && !ledger.wasChangeTried(id) ? Load.FIRST_FLIGHT : null);
            }
        }
        return flights;
    }

    private static List<String> ids(Ledger ledger) {
        return ledger.registrations().stream().map(Ledger.Registered::delegationId).toList();
    }

    /** Every key the load sent (acknowledged or not), to find doubles of unacknowledged ones too. */
    private static List<String> keys(Ledger ledger) {
        List<String> keys = new ArrayList<>(ledger.registrations().stream().map(Ledger.Registered::key).toList());
        keys.addAll(ledger.unansweredKeys());
        return keys;
    }

    @Override
    public void close() {
        observe.close();
        platform.close();
    }
}
