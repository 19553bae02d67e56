package org.cqfriendship.logistics.faults;

import org.cqfriendship.logistics.platform.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of every fault scenario, over the real processes of the local platform (as
 * {@code java -jar fault-tests/target/fault-tests.jar --short}, and, when asked for, with {@code --cluster}
 * on its cluster shape); the reports go to fault-tests/target/reliability.md and reliability-cluster.md. Recovery is waited for up to the bound, not timed against it
 * here: tests never fail on timing.
 */
class FaultScenariosIT {

    @Test
    void nothingIsLostDoubledOrDisorderedWhateverTheFault() throws Exception {
        assertEveryScenarioPassed(run(Settings.SHORT), 10);
    }

    /**
     * Asked for ({@code -Dfaults.cluster=true}), not in every build: in one of five short runs scenario 12 had not
     * settled 120 s after the load stopped (nothing lost), and the cause is not found yet (issue 29).
     */
    @Test
    @EnabledIfSystemProperty(named = "faults.cluster", matches = "true")
    void onTheClusterNothingIsLostWhenABrokerOrAnInstanceDies() throws Exception {
        assertEveryScenarioPassed(run(Settings.SHORT.onCluster()), 2);
    }

    private static List<Outcome> run(Settings settings) throws Exception {
        Path root = LocalPlatform.projectRootOf(FaultScenariosIT.class);
        List<Outcome> outcomes = FaultTests.run(root, settings, Set.of(), System.out);
        Files.writeString(root.resolve("fault-tests").resolve("target").resolve(settings.reportName()),
                ReliabilityReport.render(settings, outcomes));
        return outcomes;
    }

    private static void assertEveryScenarioPassed(List<Outcome> outcomes, int scenarios) {
        assertThat(outcomes).hasSize(scenarios).allSatisfy(outcome -> {
            assertThat(outcome.verdict().lost()).as("lost in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().doubled()).as("doubled in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().disorder()).as("disorder in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().problems()).as("problems in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.recovered()).as("scenario %d recovered", outcome.number()).isTrue();
            assertThat(outcome.registrations()).as("load held in scenario %d", outcome.number()).isPositive();
        });
    }
}
