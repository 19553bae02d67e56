package org.cqfriendship.logistics.benchmarks;

import org.HdrHistogram.Histogram;
import org.cqfriendship.logistics.platform.LocalPlatform;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Starts the local platform in a scratch folder, measures the raw broker, store and web stack and
 * then the whole pipeline on it, all in the same run, and writes {@code docs/benchmarks.md}.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar [--quick] [--fan-out=100,1000,10000] [--scales=1,10,100] [--runs=1] [--scale-only | --fan-out-only]</pre>
 */
public final class Benchmarks {

    /** How much of everything: {@code --quick} fits in a few minutes. */
    record Sizes(String name, int runs, int producerRecords, int latencyMessages, int storeDocuments, int warmUpRequests,
                 int refusedRequests, int registrations, int concurrency, Duration fixedLoad, List<Integer> fanOut, List<Integer> scales) {

        static Sizes of(boolean quick) {
            return quick ? new Sizes("quick", 3, 20_000, 1_000, 2_000, 10_000, 500, 2_000, 8, Duration.ofSeconds(20), List.of(100),
                    List.of(1, 10))
                    : new Sizes("full", 5, 200_000, 5_000, 20_000, 10_000, 5_000, 5_000, 16, Duration.ofSeconds(60),
                    List.of(100, 1_000, 10_000), List.of(1, 10, 100));
        }

        /** These sizes with {@code --fan-out=100,1000}, {@code --scales=1,10} and {@code --runs=1} applied where given. */
        Sizes withOptions(List<String> args) {
            int runsAsked = listOption(args, "--runs=", List.of(runs)).get(0);
            return new Sizes(name, runsAsked, producerRecords, latencyMessages, storeDocuments, warmUpRequests, refusedRequests, registrations,
                    concurrency, fixedLoad, listOption(args, "--fan-out=", fanOut), listOption(args, "--scales=", scales));
        }

        private static List<Integer> listOption(List<String> args, String prefix, List<Integer> otherwise) {
            return args.stream().filter(arg -> arg.startsWith(prefix)).findFirst()
                    .map(arg -> Arrays.stream(arg.substring(prefix.length()).split(",")).map(String::strip).map(Integer::valueOf).toList())
                    .orElse(otherwise);
        }
    }

    private static final int RECORD_SIZE = 1_024;
    private final Sizes sizes;
    private final PrintStream progress;
    private int step;
    private final int steps = 8;

    private Benchmarks(Sizes sizes, PrintStream progress) {
        this.sizes = sizes;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.log.org.mongodb.driver", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        System.setProperty("java.awt.headless", "true");
        List<String> options = List.of(args);
        Path root = LocalPlatform.projectRootOf(Benchmarks.class);
        Path data = Files.createTempDirectory("benchmark-platform");
        Path log = root.resolve("benchmarks").resolve("target").resolve("benchmark-platform.log");
        Files.createDirectories(log.getParent());
        Benchmarks benchmarks = new Benchmarks(Sizes.of(options.contains("--quick")).withOptions(options), System.out);
        System.out.println("Starting the local platform (its output goes to " + log + ") ...");
        // The load is not rate-limited; every change is alerted at once unless --digest-window= holds
        // non-urgent ones (the deployed default is 2m) and joins them, which the inbox shows at once all the same.
        String digestWindow = options.stream().filter(arg -> arg.startsWith("--digest-window=")).findFirst()
                .map(arg -> arg.substring("--digest-window=".length())).orElse("0s");
        Map<String, String> overrides = Map.of("NOTIFICATION_DIGEST_WINDOW", digestWindow, "REGISTRATION_RATE_LIMIT_PER_MINUTE", "100000000");
        try (PrintStream platformOut = new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8)) {
            Report report = new Report(benchmarks.sizes, String.join(" ", options));
            if (options.contains("--scale-only")) {
                // For working on planning cost: the scale section alone, printed, no document written.
                benchmarks.scale(report, root, platformOut, overrides, () -> { });
                System.out.println(ScaleSection.render(report.scales(), null));
                return;
            }
            if (options.contains("--intake-only")) {
                // For working on throughput: warm-up and intake alone, with the CPU each process used, printed, no document written.
                try (LocalPlatform platform = LocalPlatform.start(data, root, false, platformOut, overrides);
                     Pipeline pipeline = new Pipeline("http://127.0.0.1:8081", "mongodb://127.0.0.1:27017", "127.0.0.1:9092")) {
                    pipeline.warmUp(benchmarks.sizes.warmUpRequests(), benchmarks.sizes.concurrency(), "http://127.0.0.1:8082",
                            "http://127.0.0.1:8083");
                    Memory processes = new Memory(platform.processIds());
                    Map<String, Double> before = processes.cpuSecondsNow();
                    long started = System.nanoTime();
                    benchmarks.intake(pipeline, report);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    processes.cpuSecondsNow().forEach((name, cpu) -> System.out.printf("  %-13s %6.1f CPU s (%4.0f%% of one core)%n",
                            name, cpu - before.get(name), 100 * (cpu - before.get(name)) / seconds));
                }
                return;
            }
            if (options.contains("--fan-out-only")) {
                // For working on the cost of a change: the fan-out section alone, printed, no document written.
                try (LocalPlatform platform = LocalPlatform.start(data, root, false, platformOut, overrides);
                     Pipeline pipeline = new Pipeline("http://127.0.0.1:8081", "mongodb://127.0.0.1:27017", "127.0.0.1:9092")) {
                    benchmarks.fanOut(pipeline, report);
                }
                System.out.println(report.fanOutTable());
                return;
            }
            try (LocalPlatform platform = LocalPlatform.start(data, root, false, platformOut, overrides)) {
                benchmarks.run(platform, report);
            }
            // Written again after each size, so a run stopped in the long scale section keeps what it measured.
            Runnable write = () -> write(report, root);
            write.run();
            benchmarks.scale(report, root, platformOut, overrides, write);
        }
    }

    private static void write(Report report, Path root) {
        try {
            report.drawCharts(root.resolve("docs").resolve("images"));
            Path doc = root.resolve("docs").resolve("benchmarks.md");
            Files.writeString(doc, report.render());
            System.out.println("Written " + doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(LocalPlatform platform, Report report) throws Exception {
        Memory memory = new Memory(platform.processIds());
        report.memoryIdle(memory.residentKbNow());

        KafkaTools kafka = new KafkaTools("127.0.0.1:9092");
        List<Double> produced = new ArrayList<>();
        List<double[]> endToEnd = new ArrayList<>();
        for (int run = 1; run <= sizes.runs(); run++) {
            announce("raw broker, producer (acks=all, idempotent, " + RECORD_SIZE + " B)", run);
            produced.add(kafka.producerRecordsPerSecond("benchmark-producer-" + run, sizes.producerRecords(), RECORD_SIZE));
        }
        step++;
        for (int run = 1; run <= sizes.runs(); run++) {
            announce("raw broker, end-to-end latency", run);
            endToEnd.add(kafka.endToEndLatency("benchmark-latency-" + run, sizes.latencyMessages(), RECORD_SIZE));
        }
        report.broker(Stats.of(produced), endToEnd);
        step++;

        List<Double> inserts = new ArrayList<>();
        List<Double> upserts = new ArrayList<>();
        List<Double> bulkInserts = new ArrayList<>();
        try (StoreBaseline store = new StoreBaseline("mongodb://127.0.0.1:27017")) {
            for (int run = 1; run <= sizes.runs(); run++) {
                announce("raw store, insert, upsert and bulk insert of the delegation shape", run);
                double[] rates = store.run(sizes.storeDocuments());
                inserts.add(rates[0]);
                upserts.add(rates[1]);
                bulkInserts.add(rates[2]);
            }
        }
        report.store(Stats.of(inserts), Stats.of(upserts), Stats.of(bulkInserts));
        step++;

        try (Pipeline pipeline = new Pipeline("http://127.0.0.1:8081", "mongodb://127.0.0.1:27017", "127.0.0.1:9092")) {
            progress.printf("[%d/%d] warming the services up: %,d requests to each%n", step + 1, steps, sizes.warmUpRequests());
            pipeline.warmUp(sizes.warmUpRequests(), sizes.concurrency(), "http://127.0.0.1:8082", "http://127.0.0.1:8083");
            List<Double> refused = new ArrayList<>();
            for (int run = 1; run <= sizes.runs(); run++) {
                announce("raw web stack (registration validated and refused, nothing stored)", run);
                refused.add(pipeline.refusedPerSecond(sizes.refusedRequests(), sizes.concurrency()));
            }
            report.web(Stats.of(refused));
            step++;

            memory.startSampling();
            Stats saturation = intake(pipeline, report);
            step++;

            double rate = saturation.median() / 2;
            List<Histogram> fromPlan = new ArrayList<>();
            List<Histogram> fromAnswer = new ArrayList<>();
            int sentPerRun = 0;
            for (int run = 1; run <= sizes.runs(); run++) {
                progress.printf("[%d/%d] latency at half of saturation (%.1f registrations/s for %d s), run %d of %d%n", step + 1, steps,
                        rate, sizes.fixedLoad().toSeconds(), run, sizes.runs());
                List<Pipeline.Sent> sent = pipeline.registerAtFixedRate(rate, sizes.fixedLoad());
                Map<String, Instant> alerts = pipeline.firstAlerts(sent.stream().map(Pipeline.Sent::id).toList(), Duration.ofMinutes(10));
                Histogram plan = new Histogram(3_600_000L, 3);
                Histogram answer = new Histogram(3_600_000L, 3);
                for (Pipeline.Sent s : sent) {
                    Instant alert = alerts.get(s.id());
                    plan.recordValue(Math.max(0, Duration.between(s.intendedAt(), alert).toMillis()));
                    answer.recordValue(Math.max(0, Duration.between(s.answeredAt(), alert).toMillis()));
                }
                fromPlan.add(plan);
                fromAnswer.add(answer);
                sentPerRun = sent.size();
            }
            report.latency(rate, sentPerRun, fromPlan, fromAnswer);
            step++;
            fanOut(pipeline, report);
        }
        report.memoryPeak(memory.stopSampling());
    }

    /** Intake at saturation, as many runs as there are: the registrations per second from the first request to the last alert. */
    private Stats intake(Pipeline pipeline, Report report) throws Exception {
        List<Double> intake = new ArrayList<>();
        List<Double> answered = new ArrayList<>();
        List<Double> caughtUp = new ArrayList<>();
        // The warm-up above reaches HTTP and validation only: one run, not counted, warms the storing,
        // relaying, planning and alerting code up before the measured runs.
        progress.printf("      warming the pipeline up: %,d registrations to their alerts, not counted%n", sizes.registrations());
        List<Pipeline.Sent> warmUp = pipeline.registerAsFastAsPossible(sizes.registrations(), sizes.concurrency());
        pipeline.firstAlerts(warmUp.stream().map(Pipeline.Sent::id).toList(), Duration.ofMinutes(10));
        LagSampler lag = new LagSampler("127.0.0.1:9092");
        lag.start();
        for (int run = 1; run <= sizes.runs(); run++) {
            announce("intake at saturation, HTTP to the coordinator's alert", run);
            List<Pipeline.Sent> sent = pipeline.registerAsFastAsPossible(sizes.registrations(), sizes.concurrency());
            Map<String, Instant> alerts = pipeline.firstAlerts(sent.stream().map(Pipeline.Sent::id).toList(), Duration.ofMinutes(10));
            Instant first = sent.stream().map(Pipeline.Sent::intendedAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = alerts.values().stream().max(Comparator.naturalOrder()).orElseThrow();
            Instant lastAnswer = sent.stream().map(Pipeline.Sent::answeredAt).max(Comparator.naturalOrder()).orElseThrow();
            caughtUp.add(lag.untilCaughtUp(lastAnswer, Duration.ofMinutes(10)).toMillis() / 1000.0);
            intake.add(sent.size() / (Duration.between(first, last).toNanos() / 1e9));
            answered.add(sent.size() / (Duration.between(first, lastAnswer).toNanos() / 1e9));
            progress.printf("      %,.1f registrations/s to the alert (%,.1f/s answered over HTTP); every consumer caught up %.1f s after the last answer%n",
                    intake.get(intake.size() - 1), answered.get(answered.size() - 1), caughtUp.get(caughtUp.size() - 1));
        }
        Stats saturation = Stats.of(intake);
        report.intake(saturation, Stats.of(answered), lag.stop(), Stats.of(caughtUp));
        lag.close();
        return saturation;
    }

    /**
     * For each N: N delegations signed up for the exhibition, then programme staff move it, as many
     * times as there are runs; each time, how long from the move until each one's coordinator has
     * the alert.
     */
    private void fanOut(Pipeline pipeline, Report report) throws Exception {
        OffsetDateTime opens = OffsetDateTime.parse("2026-05-20T13:30:00+08:00");
        List<String> seatedIds = new ArrayList<>();
        int moves = 0;
        for (int n : sizes.fanOut()) {
            progress.printf("[%d/%d] fan-out: %,d delegations at the exhibition, then it moves %d times%n", step + 1, steps, n, sizes.runs());
            try {
                List<Pipeline.Sent> seated = pipeline.registerAsFastAsPossible(n - seatedIds.size(), sizes.concurrency(), "exhibition");
                // Generous: about 8 registrations a second reach their alert on a 2-core machine.
                Duration patience = Duration.ofMinutes(10L + n / 50);
                pipeline.firstAlerts(seated.stream().map(Pipeline.Sent::id).toList(), patience);
                seatedIds.addAll(seated.stream().map(Pipeline.Sent::id).toList());
                List<Histogram> runs = new ArrayList<>();
                for (int run = 1; run <= sizes.runs(); run++) {
                    // Each move is to a time it was not at before, so every itinerary changes.
                    OffsetDateTime startsAt = opens.plusMinutes(15L * ++moves);
                    Instant moved = Instant.now();
                    pipeline.reschedule("http://127.0.0.1:8082", "exhibition", startsAt, startsAt.plusHours(4));
                    Map<String, Instant> told = pipeline.firstAlertsAfter(seatedIds, moved, patience);
                    Histogram latency = new Histogram(3_600_000L, 3);
                    told.values().forEach(at -> latency.recordValue(Math.max(0, Duration.between(moved, at).toMillis())));
                    runs.add(latency);
                    progress.printf("      move %d: every coordinator told within %,d ms (p50 %,d ms)%n", run, latency.getMaxValue(),
                            latency.getValueAtPercentile(50));
                }
                report.fanOut(n, runs);
            } catch (IllegalStateException e) {
                report.fanOutFailed(n, e.getMessage());
                progress.println("      failed: " + e.getMessage());
                return; // the next N builds on this one's delegations
            }
        }
    }

    /** Each size of the conference, as many times as there are runs, each on a fresh platform (the platform above is stopped first). */
    private void scale(Report report, Path root, PrintStream platformOut, Map<String, String> overrides, Runnable afterEach)
            throws Exception {
        step++;
        for (int scale : sizes.scales()) {
            for (int run = 1; run <= sizes.runs(); run++) {
                progress.printf("[%d/%d] scale: the conference %d× (%,d delegations), on a fresh platform, run %d of %d%n", step + 1, steps,
                        scale, scale * SyntheticConference.DELEGATIONS_PER_UNIT, run, sizes.runs());
                try {
                    ScaleRun.Result result = ScaleRun.run(scale, root, platformOut, overrides, Duration.ofMinutes(10L * scale));
                    report.scale(result);
                    progress.printf("      %,d delegates planned in %,.1f s (%s)%n", result.delegates(), result.seconds(), result.stepSeconds());
                } catch (IllegalStateException e) {
                    report.scaleFailed(scale, e.getMessage());
                    progress.println("      failed: " + e.getMessage());
                    break; // its other runs would wait as long again
                } finally {
                    afterEach.run();
                }
            }
        }
    }

    private void announce(String what, int run) {
        progress.printf("[%d/%d] %s, run %d of %d%n", step + 1, steps, what, run, sizes.runs());
    }

    static String now() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(Instant.now());
    }
}
