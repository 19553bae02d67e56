package org.cqfriendship.logistics.benchmarks;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docs/benchmarks.md: each section's setup, the median of its runs with min and max, and its ratio to the baselines. */
final class Report {

    private final Benchmarks.Sizes sizes;
    private Stats produced;
    private List<double[]> endToEnd;
    private Stats inserts;
    private Stats upserts;
    private Stats bulkInserts;
    private Stats caughtUp;
    private Stats refused;
    private Stats intake;
    private Stats answered;
    private Map<String, Long> lagUnderLoad;
    private double fixedRate;
    private int fixedCount;
    private List<Histogram> fromPlan;
    private List<Histogram> fromAnswer;
    private final Map<Integer, List<Histogram>> fanOut = new LinkedHashMap<>();
    private Map<String, Long> idle;
    private Map<String, Long> peak;
    private final List<ScaleRun.Result> scales = new ArrayList<>();

    private final String options;
    private final Map<Integer, String> fanOutFailures = new LinkedHashMap<>();
    private final Map<Integer, String> scaleFailures = new LinkedHashMap<>();

    /** {@code options}: the command line it was run with, as the document says. */
    Report(Benchmarks.Sizes sizes, String options) {
        this.sizes = sizes;
        this.options = options;
    }

    void broker(Stats produced, List<double[]> endToEnd) {
        this.produced = produced;
        this.endToEnd = endToEnd;
    }

    void store(Stats inserts, Stats upserts, Stats bulkInserts) {
        this.inserts = inserts;
        this.upserts = upserts;
        this.bulkInserts = bulkInserts;
    }

    void web(Stats refused) {
        this.refused = refused;
    }

    /** {@code caughtUp}: seconds from the last HTTP answer until no consumer group had any lag. */
    void intake(Stats intake, Stats answered, Map<String, Long> lagUnderLoad, Stats caughtUp) {
        this.caughtUp = caughtUp;
        this.intake = intake;
        this.answered = answered;
        this.lagUnderLoad = lagUnderLoad;
    }

    void latency(double rate, int count, List<Histogram> fromPlan, List<Histogram> fromAnswer) {
        this.fixedRate = rate;
        this.fixedCount = count;
        this.fromPlan = fromPlan;
        this.fromAnswer = fromAnswer;
    }

    /** Each move's time from the move until each coordinator was told, for N delegations. */
    void fanOut(int delegations, List<Histogram> moves) {
        fanOut.put(delegations, moves);
    }

    /** A fan-out that did not complete, and why; the document says so instead of giving a figure. */
    void fanOutFailed(int delegations, String why) {
        fanOutFailures.put(delegations, why);
    }

    /** A size of the conference that did not complete, and why. */
    void scaleFailed(int scale, String why) {
        scaleFailures.put(scale, why);
    }

    void memoryIdle(Map<String, Long> kb) {
        this.idle = kb;
    }

    void memoryPeak(Map<String, Long> kb) {
        this.peak = kb;
    }

    void scale(ScaleRun.Result result) {
        scales.add(result);
    }

    List<ScaleRun.Result> scales() {
        return scales;
    }

    /** Draws the chart images beside the report (docs/images). */
    void drawCharts(Path images) throws IOException {
        Map<String, Histogram> latency = new LinkedHashMap<>();
        latency.put("planned send → alert", allRuns(fromPlan));
        latency.put("HTTP answer → alert", allRuns(fromAnswer));
        Charts.latency(images.resolve("benchmark-latency.png"), latency);
        Map<Integer, Histogram> fanOutAllMoves = new LinkedHashMap<>();
        fanOut.forEach((n, moves) -> fanOutAllMoves.put(n, allRuns(moves)));
        Charts.fanOut(images.resolve("benchmark-fan-out.png"), fanOutAllMoves);
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append("Written by `java -jar benchmarks/target/benchmarks.jar").append(options.isEmpty() ? "" : " " + options)
                .append("` (").append(sizes.name()).append(" mode) on ").append(Benchmarks.now()).append(", on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(". Everything ran on one machine in the same run: the local platform's processes (Kafka broker, ")
                .append("mongo-java-server on H2, mail server, SMS and webhook simulator, the four services) and the load. ")
                .append("Every change is alerted at once (digest window 0 s) unless the command gives `--digest-window=` (deployed: 2m), ")
                .append("which holds non-urgent ones and lets later changes join them; a change counts as told when it is in the inbox, ")
                .append("which shows it at once either way. ")
                .append("These machines are shared and noisy: read the **ratios**, which compare figures taken minutes apart ")
                .append("on the same machine, rather than the absolute numbers. Every figure is the median of ")
                .append(sizes.runs()).append(" runs, with the lowest and highest.\n\n");

        md.append("## Baselines\n\n")
                .append("| what | setup | result |\n|---|---|---|\n")
                .append("| raw broker, throughput | Kafka's `ProducerPerformance` (kafka-tools), ").append(String.format("%,d", sizes.producerRecords()))
                .append(" records of 1 KiB, `acks=all`, idempotence on, one producer | ").append(produced.show("records/s")).append(" |\n")
                .append("| raw broker, end-to-end latency | Kafka's `EndToEndLatency`, ").append(String.format("%,d", sizes.latencyMessages()))
                .append(" records of 1 KiB, `acks=all`, one at a time | ").append(latencyBaseline()).append(" |\n")
                .append("| raw store, insert | ").append(String.format("%,d", sizes.storeDocuments()))
                .append(" documents shaped like a stored delegation, one at a time, MongoDB Java driver | ").append(inserts.show("inserts/s")).append(" |\n")
                .append("| raw store, upsert | the same documents replaced by id with upsert | ").append(upserts.show("upserts/s")).append(" |\n")
                .append("| raw store, bulk insert | the same number of documents inserted ").append(StoreBaseline.BULK)
                .append(" to a command (`insertMany`) | ").append(bulkInserts.show("documents/s")).append(" |\n")
                .append("| raw web stack | `POST /api/delegations` through the same filters, JSON parsing and validation, refused (a country that does not exist) so nothing is stored; ")
                .append(String.format("%,d", sizes.refusedRequests())).append(" requests from ").append(sizes.concurrency())
                .append(" clients, after ").append(String.format("%,d", sizes.warmUpRequests()))
                .append(" requests of warm-up to each service (refused registrations; unauthenticated reads of the itinerary and inbox APIs) | ")
                .append(refused.show("requests/s")).append(" |\n\n");

        md.append("## Intake\n\n")
                .append(String.format("%,d", sizes.registrations())).append(" registrations posted by ").append(sizes.concurrency())
                .append(" clients as fast as they are answered; measured from the first request to the last delegation's first alert in ")
                .append("the coordinator's inbox (HTTP → store and outbox → broker → itinerary-service → notification-service). Each ")
                .append("registration is a head landing at 10:40 for the 11:20 opening: it is planned, found late, and alerted. One ")
                .append("run of as many registrations, not counted, warms the storing, relaying, planning and alerting code up first.\n\n")
                .append("| measure | result | ratio |\n|---|---|---|\n")
                .append("| registrations per second, whole pipeline | ").append(intake.show("registrations/s")).append(" | ")
                .append(String.format("%.4f of the broker's records/s; %.4f of the store's inserts/s; %.4f of the web stack's requests/s",
                        intake.median() / produced.median(), intake.median() / inserts.median(), intake.median() / refused.median()))
                .append(" |\n")
                .append("| registrations answered per second over HTTP (stored with their outbox), same runs | ").append(answered.show("registrations/s"))
                .append(" | ").append(String.format("%.4f of the store's inserts/s; %.4f of the web stack's requests/s",
                        answered.median() / inserts.median(), answered.median() / refused.median()))
                .append(" |\n")
                .append("| whole pipeline over answered over HTTP | ").append(String.format("%.2f", intake.median() / answered.median()))
                .append(" | (target: at least 0.8) |\n")
                .append("| consumer lag back to 0 after the load stops (from the last HTTP answer until no group has lag) | ")
                .append(caughtUp.show("s")).append(" | (target: 2 s) |\n\nWhere it waits: the highest consumer lag seen during the intake runs (sampled every 0.5 s; the ")
                .append("group furthest behind is the pipeline's narrowest step).\n\n| consumer group on topic | highest lag (records) |\n|---|---|\n");
        lagUnderLoad.forEach((where, lag) -> md.append("| ").append(where).append(" | ").append(String.format("%,d", lag)).append(" |\n"));
        md.append('\n');

        md.append("## Latency under fixed load\n\n")
                .append(String.format("%.1f", fixedRate)).append(" registrations per second (half of the intake's median) for ")
                .append(sizes.fixedLoad().toSeconds()).append(" s, ").append(fixedCount)
                .append(" per run, each sent at its planned moment whether or not earlier ones were answered, so a stall is counted ")
                .append("against every request it delayed (no coordinated omission). Recorded in an HdrHistogram (ms) per run; each ")
                .append("percentile is the median of ").append(fromPlan.size()).append(" runs, with the lowest and highest in brackets; ")
                .append("the chart shows all runs together.\n\n")
                .append("| from | p50 | p99 | p99.9 | max | ratio of p50 and p99 to the raw broker's |\n|---|---|---|---|---|---|\n")
                .append(latencyRow("planned send → coordinator's alert", fromPlan))
                .append(latencyRow("HTTP answer → coordinator's alert", fromAnswer))
                .append("\n![Latency by percentile, from the planned send and from the HTTP answer](images/benchmark-latency.png)\n\n");

        md.append("## Change fan-out\n\n")
                .append("N delegations (a head each) signed up for the exhibition; programme staff move it 15 minutes later ")
                .append("(`PUT /api/sessions/exhibition/schedule`); the time from the move until each delegation's coordinator has ")
                .append("the alert (itinerary replanned, `ItineraryChanged`, alert recorded). It is moved ").append(sizes.runs())
                .append(" times per N, each time to a new hour, so every itinerary changes each time; each figure is the median of ")
                .append("the moves, with the lowest and highest in brackets. The same delegations stay signed up as N grows; the ")
                .append("chart shows all moves together.\n\n");
        md.append(fanOutTable());
        md.append("\n![Time until each coordinator is told, by percentile, per N](images/benchmark-fan-out.png)\n\n");

        md.append("## Memory\n\nResident set size of each process (`VmRSS` from /proc), idle after start and the highest seen while ")
                .append("the intake, latency and fan-out runs were going, and the one over the other.\n\n")
                .append("| process | idle | under load | ratio |\n|---|---|---|---|\n");
        idle.forEach((name, kb) -> md.append(String.format("| %s | %d MiB | %d MiB | %.2f |%n", name, kb / 1024,
                peak.getOrDefault(name, 0L) / 1024, (double) peak.getOrDefault(name, 0L) / kb)));

        md.append(ScaleSection.render(scales, inserts));
        StringBuilder missing = new StringBuilder();
        for (int n : List.of(100, 1_000, 10_000)) {
            if (fanOutFailures.containsKey(n)) {
                missing.append(String.format("- Change fan-out for N = %,d: did not complete in this run (%s).%n", n, fanOutFailures.get(n)));
            } else if (!fanOut.containsKey(n)) {
                missing.append(String.format("- Change fan-out for N = %,d (`--fan-out=`, or full mode): not run for this document.%n", n));
            }
        }
        for (int scale : List.of(1, 10, 100)) {
            if (scaleFailures.containsKey(scale)) {
                missing.append(String.format("- The conference at %d×: a run did not complete, and the size's later runs were not started (%s).%n",
                        scale, scaleFailures.get(scale)));
            } else if (scales.stream().noneMatch(r -> r.scale() == scale)) {
                missing.append(String.format("- The conference at %d× (`--scales=`, or full mode): not run for this document.%n", scale));
            }
        }
        if (!missing.isEmpty()) {
            md.append("\n## Not measured yet\n\n").append(missing);
        }
        md.append("\n## Reading these figures\n\n")
                .append("The local platform's store is mongo-java-server, which ignores every secondary index that is not unique ")
                .append("(its log says so at start: \"adding secondary index ... is not yet implemented\") and uses an index only ")
                .append("when its keys are exactly the query's. The services' version-guarded writes have a unique `(_id, version)` ")
                .append("index for that reason, and the services find their hot documents by id; the delivery channels' sweeps and ")
                .append("the escalator read small side collections of what is pending; what still reads a whole collection ")
                .append("(the relay's sweep every 10 s, the confirmation mailer's every 30 s, each spaced out to take at most a twentieth ")
                .append("of the time unless that would leave more than a minute between two; the first pass of each sweep after a start; ")
                .append("the itineraries searched by session or flight once per move or report; staff pages' lists) ")
                .append("grows with the data already stored. On MongoDB the indexes each service creates at start apply. These are the ")
                .append("local platform's figures, not a production store's.\n");
        return md.toString();
    }

    /** The fan-out figures per N, with their ratio to the raw broker's p50 when it was measured. */
    String fanOutTable() {
        StringBuilder md = new StringBuilder("| N | p50 | p99 | all told | ratio of p50 to the raw broker's p50 |\n|---|---|---|---|---|\n");
        fanOut.forEach((n, moves) -> {
            Stats p50 = percentile(moves, 50);
            md.append(String.format("| %,d | %s | %s | %s | %s |%n", n, range(p50), range(percentile(moves, 99)),
                    range(Stats.of(moves.stream().map(h -> (double) h.getMaxValue()).toList())),
                    endToEnd == null ? "–" : String.format("%.0f×", p50.median() / brokerP50())));
        });
        return md.toString();
    }

    private double brokerP50() {
        return Stats.of(endToEnd.stream().map(r -> Math.max(1, r[1])).toList()).median();
    }

    private String latencyBaseline() {
        Stats average = Stats.of(endToEnd.stream().map(r -> r[0]).toList());
        Stats p50 = Stats.of(endToEnd.stream().map(r -> r[1]).toList());
        Stats p99 = Stats.of(endToEnd.stream().map(r -> r[2]).toList());
        return "average " + average.show("ms") + "; p50 " + p50.show("ms") + "; p99 " + p99.show("ms");
    }

    private String latencyRow(String from, List<Histogram> runs) {
        double brokerP50 = brokerP50();
        double brokerP99 = Stats.of(endToEnd.stream().map(r -> Math.max(1, r[2])).toList()).median();
        Stats p50 = percentile(runs, 50);
        Stats p99 = percentile(runs, 99);
        return String.format("| %s | %s | %s | %s | %s | %.0f× and %.0f× |%n", from, range(p50), range(p99), range(percentile(runs, 99.9)),
                range(Stats.of(runs.stream().map(h -> (double) h.getMaxValue()).toList())), p50.median() / brokerP50, p99.median() / brokerP99);
    }

    private static Stats percentile(List<Histogram> runs, double percentile) {
        return Stats.of(runs.stream().map(h -> (double) h.getValueAtPercentile(percentile)).toList());
    }

    /** "227 ms (190–310)": the median of the runs, and their range. */
    private static String range(Stats stats) {
        return String.format("%,.0f ms (%,.0f–%,.0f)", stats.median(), stats.min(), stats.max());
    }

    private static Histogram allRuns(List<Histogram> runs) {
        Histogram all = new Histogram(3_600_000L, 3);
        runs.forEach(all::add);
        return all;
    }
}
