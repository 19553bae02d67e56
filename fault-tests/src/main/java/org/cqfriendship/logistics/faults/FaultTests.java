package org.cqfriendship.logistics.faults;

import org.cqfriendship.logistics.platform.LocalPlatform;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fault-test harness: starts the local platform, runs the scenarios, prints one summary line
 * each and writes docs/reliability.md.
 *
 * <pre>java -jar fault-tests/target/fault-tests.jar [--short] [--cluster] [--only=1,5,9] [--rate=registrations per second]</pre>
 *
 * {@code --cluster}: the cluster's scenarios (11 and 12) on the platform's cluster shape, reported in
 * docs/reliability-cluster.md. The ports of the local platform (and 8091–8094, for second instances,
 * and 9094–9097, for the cluster's brokers) must be free. Exits 1 if a scenario fails.
 */
public final class FaultTests {

    private FaultTests() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Settings shape = options.contains("--short") ? Settings.SHORT : Settings.FULL;
        Settings mode = options.contains("--cluster") ? shape.onCluster() : shape;
        Settings settings = options.stream().filter(o -> o.startsWith("--rate=")).findFirst()
                .map(o -> mode.withRate(Double.parseDouble(o.substring("--rate=".length())))).orElse(mode);
        Set<Integer> only = options.stream().filter(o -> o.startsWith("--only=")).findFirst()
                .map(o -> Arrays.stream(o.substring("--only=".length()).split(",")).map(String::strip).map(Integer::valueOf)
                        .collect(Collectors.toSet())).orElse(Set.of());
        Path root = LocalPlatform.projectRootOf(FaultTests.class);
        List<Outcome> outcomes = run(root, settings, only, System.out);
        Path report = (settings.name().equals(Settings.FULL.name()) && only.isEmpty() ? root.resolve("docs")
                : root.resolve("fault-tests").resolve("target")).resolve(settings.reportName());
        Files.writeString(report, ReliabilityReport.render(settings, outcomes));
        System.out.println("Written " + report);
        System.exit(outcomes.stream().allMatch(Outcome::passed) ? 0 : 1);
    }

    /**
     * Runs the scenarios (all of them when {@code only} is empty, but for the full run's own in a short run); the platform's
     * own output goes to fault-tests/target.
     */
    static List<Outcome> run(Path root, Settings settings, Set<Integer> only, PrintStream progress) throws Exception {
        Path log = root.resolve("fault-tests").resolve("target").resolve(settings.cluster() ? "fault-platform-cluster.log" : "fault-platform.log");
        Files.createDirectories(log.getParent());
        List<Scenario> scenarios = (settings.cluster() ? Scenarios.cluster() : Scenarios.all()).stream()
                .filter(s -> only.isEmpty() ? !(settings.isShort() && s.fullRunOnly()) : only.contains(s.number())).toList();
        try (PrintStream platformOut = new PrintStream(new FileOutputStream(log.toFile()), true, StandardCharsets.UTF_8);
             FaultSuite suite = FaultSuite.start(root, settings, platformOut, progress)) {
            progress.println("The platform's own output goes to " + log);
            return suite.run(scenarios);
        }
    }
}
