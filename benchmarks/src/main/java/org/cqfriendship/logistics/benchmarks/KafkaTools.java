package org.cqfriendship.logistics.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The raw broker, measured by Kafka's own tools from the kafka-tools jar, each run in its own JVM. */
final class KafkaTools {

    private static final Pattern PRODUCED = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec .*?([\\d.]+) ms avg latency");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");

    private final String bootstrap;

    KafkaTools(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Records per second of {@code ProducerPerformance}: acks=all, idempotence on, as the services produce. */
    double producerRecordsPerSecond(String topic, int records, int recordSize) throws Exception {
        List<String> output = run("org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", String.valueOf(records),
                "--record-size", String.valueOf(recordSize), "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap,
                "acks=all", "enable.idempotence=true");
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher matcher = PRODUCED.matcher(output.get(i));
            if (matcher.find() && Long.parseLong(matcher.group(1)) == records) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new IllegalStateException("ProducerPerformance printed no summary: " + String.join("\n", output));
    }

    /** Produce-to-consume latency of single records in milliseconds: average, p50, p99, p99.9 ({@code EndToEndLatency}). */
    double[] endToEndLatency(String topic, int messages, int recordSize) throws Exception {
        List<String> output = run("org.apache.kafka.tools.EndToEndLatency", bootstrap, topic, String.valueOf(messages), "all",
                String.valueOf(recordSize));
        double average = Double.NaN;
        for (String line : output) {
            Matcher avg = AVERAGE.matcher(line);
            if (avg.find()) {
                average = Double.parseDouble(avg.group(1));
            }
            Matcher p = PERCENTILES.matcher(line);
            if (p.find()) {
                return new double[] {average, Double.parseDouble(p.group(1)), Double.parseDouble(p.group(2)), Double.parseDouble(p.group(3))};
            }
        }
        throw new IllegalStateException("EndToEndLatency printed no percentiles: " + String.join("\n", output));
    }

    private static List<String> run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + String.join("\n", lines));
        }
        return lines;
    }
}
