package org.cqfriendship.logistics.faults;

import org.cqfriendship.logistics.platform.LocalPlatform;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of every fault scenario, over the real processes of the local platform (as
 * {@code java -jar fault-tests/target/fault-tests.jar --short}); its report goes to
 * fault-tests/target/reliability.md. Recovery is waited for up to the bound, not timed against it
 * here: tests never fail on timing.
 */
class FaultScenariosIT {

    @Test
    void nothingIsLostDoubledOrDisorderedWhateverTheFault() throws Exception {
        Path root = LocalPlatform.projectRootOf(FaultScenariosIT.class);
        List<Outcome> outcomes = FaultTests.run(root, Settings.SHORT, Set.of(), System.out);
        Files.writeString(root.resolve("fault-tests").resolve("target").resolve("reliability.md"),
                ReliabilityReport.render(Settings.SHORT, outcomes));

        assertThat(outcomes).hasSize(10).allSatisfy(outcome -> {
            assertThat(outcome.verdict().lost()).as("lost in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().doubled()).as("doubled in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().disorder()).as("disorder in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.verdict().problems()).as("problems in scenario %d", outcome.number()).isEmpty();
            assertThat(outcome.recovered()).as("scenario %d recovered", outcome.number()).isTrue();
            assertThat(outcome.registrations()).as("load held in scenario %d", outcome.number()).isPositive();
        });
    }
}
