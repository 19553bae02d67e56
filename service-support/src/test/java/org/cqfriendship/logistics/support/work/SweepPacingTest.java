package org.cqfriendship.logistics.support.work;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SweepPacingTest {

    @Test
    void aQuickSweepKeepsItsIntervalAndASlowOneWaitsTwentyTimesItsLength() {
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(40))).isEqualTo(Duration.ofSeconds(10));
        assertThat(SweepPacing.next(Duration.ofSeconds(10), Duration.ofMillis(900))).isEqualTo(Duration.ofSeconds(18));
    }

    @Test
    void sweepsAtOnceThenAtItsIntervalAndAgainAtOnceAfterAFullPage() {
        SteppedClock clock = new SteppedClock();
        SweepPacing pacing = new SweepPacing(Duration.ofSeconds(10), clock);
        AtomicInteger sweeps = new AtomicInteger();

        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        clock.now = clock.now.plusSeconds(9);
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        assertThat(sweeps).as("the first at once, the next not before 10 s").hasValue(1);

        clock.now = clock.now.plusSeconds(1);
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() > 0); // a full page: more may wait
        pacing.sweepIfDue(() -> sweeps.incrementAndGet() < 0);
        assertThat(sweeps).hasValue(3);
    }

    private static final class SteppedClock extends Clock {

        private Instant now = Instant.parse("2026-05-20T02:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
