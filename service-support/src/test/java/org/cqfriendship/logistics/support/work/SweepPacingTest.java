package org.cqfriendship.logistics.support.work;

import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SweepPacingTest {

    @Test
    void aQuickSweepKeepsItsIntervalAndASlowOneWaitsTwentyTimesItsLength() {
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(40))).isEqualTo(Duration.ofSeconds(10));
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(900))).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    void aVerySlowSweepStillComesBackWithinAMinuteOrItsIntervalIfThatIsLonger() {
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofSeconds(6))).isEqualTo(Duration.ofMinutes(1));
        assertThat(SweepPacing.next(Duration.ofMinutes(5), Duration.ofSeconds(20))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void sweepsAtOnceThenAtItsIntervalAndAgainAtOnceAfterAFullPage() {
        MovableClock clock = new MovableClock(Instant.parse("2026-05-20T02:00:00Z"));
        SweepPacing pacing = new SweepPacing(Duration.ofSeconds(10), clock);
        AtomicInteger sweeps = new AtomicInteger();

        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        clock.advance(Duration.ofSeconds(9));
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        assertThat(sweeps).as("the first at once, the next not before 10 s").hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() > 0); // a full page: more may wait
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        assertThat(sweeps).hasValue(3);
    }

}
