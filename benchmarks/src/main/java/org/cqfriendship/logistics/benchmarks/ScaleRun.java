package org.cqfriendship.logistics.benchmarks;

import org.cqfriendship.logistics.platform.LocalPlatform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One size of the conference on a fresh local platform: every registration posted, then the time
 * until the itinerary-service has planned them all (seats, transfers, itinerary), the time its own
 * timers say each step took in total, and each process's resident memory at the end. The fleet
 * and the limited sessions' seats grow with the conference, as they would for a bigger one. Then
 * the rebuild an operator does after a bug fix or a lost database: the itinerary-service stopped,
 * its database dropped and its consumer group deleted, started again to re-read
 * {@code registration.delegations} from the beginning; the time until every itinerary is stored
 * again, and the service's highest resident memory meanwhile.
 */
final class ScaleRun {

    /**
     * What one size gave: wall time to plan everything, total time per planning step, the same two
     * for the second half of the delegations only (the first half also warms the JVMs up), memory.
     */
    record Result(int scale, int delegations, int delegates, double seconds, Map<String, Double> stepSeconds,
                  double secondHalfSeconds, Map<String, Double> secondHalfStepSeconds, Map<String, Long> residentKb,
                  double rebuildSeconds, long rebuildPeakKb, Map<String, Double> deskMillis) {
    }

    private ScaleRun() {
    }

    static Result run(int scale, Path root, PrintStream platformOut, Map<String, String> overrides, Duration timeout) throws Exception {
        SyntheticConference conference = new SyntheticConference(scale, 2026);
        List<String> registrations = conference.registrations();
        Path data = Files.createTempDirectory("benchmark-scale-" + scale + "x");
        Map<String, String> environment = new LinkedHashMap<>(overrides);
        environment.put("SPRING_APPLICATION_JSON", fleet(scale));
        try (LocalPlatform platform = LocalPlatform.start(data, root, false, platformOut, environment);
             Pipeline pipeline = new Pipeline("http://127.0.0.1:8081", "mongodb://127.0.0.1:27017", "127.0.0.1:9092")) {
            for (Map.Entry<String, Integer> session : pipeline.capacities("http://127.0.0.1:8082").entrySet()) {
                pipeline.changeCapacity("http://127.0.0.1:8082", session.getKey(), session.getValue() * scale);
            }
            long start = System.nanoTime();
            pipeline.postAll(registrations, 8);
            pipeline.awaitItineraries(registrations.size() / 2, timeout);
            long half = System.nanoTime();
            Map<String, Double> firstHalfSteps = pipeline.planningSeconds("http://127.0.0.1:8082");
            pipeline.awaitItineraries(registrations.size(), timeout);
            long end = System.nanoTime();
            Map<String, Double> steps = pipeline.planningSeconds("http://127.0.0.1:8082");
            Map<String, Double> secondHalfSteps = new TreeMap<>();
            steps.forEach((step, total) -> secondHalfSteps.put(step, total - firstHalfSteps.getOrDefault(step, 0.0)));
            Map<String, Long> memory = new Memory(platform.processIds()).residentKbNow();
            Map<String, Double> desk = DeskTimes.measure("http://127.0.0.1:8081", "mongodb://127.0.0.1:27017", registrations.size(),
                    "city " + (registrations.size() * 2 / 3), timeout);
            double[] rebuild = rebuild(platform, pipeline, registrations.size(), timeout);
            return new Result(scale, registrations.size(), conference.delegates(), (end - start) / 1e9, steps, (end - half) / 1e9,
                    secondHalfSteps, memory, rebuild[0], (long) rebuild[1], desk);
        } finally {
            deleteQuietly(data);
        }
    }

    /** Seconds until the rebuilt itinerary-service has stored {@code count} itineraries again, and its peak resident memory (KiB). */
    private static double[] rebuild(LocalPlatform platform, Pipeline pipeline, int count, Duration timeout) throws Exception {
        platform.halt("itinerary");
        pipeline.forgetItineraries();
        long start = System.nanoTime();
        platform.restart("itinerary");
        Memory itinerary = new Memory(Map.of("itinerary", platform.processIds().get("itinerary")));
        itinerary.startSampling();
        pipeline.awaitItineraries(count, timeout);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new double[] {seconds, itinerary.stopSampling().get("itinerary")};
    }

    /** The fleet of itinerary-service's application.yml, {@code scale} times over. */
    static String fleet(int scale) {
        String ckg = vehicles(scale, 12, 8, 2, 3);
        String cqw = vehicles(scale, 6, 4, 1, 2);
        return "{\"itinerary\":{\"transfers\":{\"ports\":{\"CKG\":" + ckg + ",\"CQW\":" + cqw + "}}}}";
    }

    private static String vehicles(int scale, int cars, int vans, int accessibleVans, int coaches) {
        return "[" + String.join(",",
                "{\"type\":\"CAR\",\"seats\":3,\"luggage\":4,\"count\":" + cars * scale + ",\"heads-only\":true}",
                "{\"type\":\"VAN\",\"seats\":7,\"luggage\":12,\"count\":" + vans * scale + "}",
                "{\"type\":\"ACCESSIBLE_VAN\",\"seats\":5,\"luggage\":8,\"count\":" + accessibleVans * scale + ",\"accessible\":true}",
                "{\"type\":\"COACH\",\"seats\":33,\"luggage\":66,\"count\":" + coaches * scale + "}") + "]";
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a scratch folder under /tmp
        }
    }
}
