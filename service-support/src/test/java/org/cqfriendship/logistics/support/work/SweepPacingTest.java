package org.cqfriendship.logistics.support.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SweepPacingTest {

    @Test
    void aQuickSweepKeepsItsIntervalAndASlowOneWaitsTwentyTimesItsLength() {
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(40))).isEqualTo(Duration.ofSeconds(10));
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(900))).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    void aWorkerThatSweepsEveryPassMayGoAgainAtOnceAfterAQuickOne() {
        long started = System.nanoTime();
        assertThat(SweepPacing.notBeforeNanos(started) - System.nanoTime()).isLessThan(Duration.ofSeconds(1).toNanos());
    }
}
