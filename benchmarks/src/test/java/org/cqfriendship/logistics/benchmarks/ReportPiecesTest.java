package org.cqfriendship.logistics.benchmarks;

import org.HdrHistogram.Histogram;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPiecesTest {

    @Test
    void takesTheMedianOfAnOddOrEvenNumberOfRunsWithTheirRange() {
        assertThat(Stats.of(List.of(3.0, 1.0, 2.0))).isEqualTo(new Stats(2.0, 1.0, 3.0, 3));
        assertThat(Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).median()).isEqualTo(2.5);
    }

    @Test
    void drawsTheChartsAsPngImages(@TempDir Path images) throws Exception {
        Histogram latency = new Histogram(3_600_000L, 3);
        for (int ms = 50; ms < 400; ms += 7) {
            latency.recordValue(ms);
        }
        Charts.latency(images.resolve("latency.png"), Map.of("planned send → alert", latency));
        Charts.fanOut(images.resolve("fan-out.png"), Map.of(100, latency));

        for (String name : List.of("latency.png", "fan-out.png")) {
            byte[] png = Files.readAllBytes(images.resolve(name));
            assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
    }

    @Test
    void givesEachFanOutFigureAsTheMedianOfTheMovesWithTheirRange() {
        Report report = new Report(Benchmarks.Sizes.of(true), "");
        report.fanOut(1_000, List.of(moveTold(1_000, 4_000), moveTold(1_000, 6_000), moveTold(1_000, 5_000)));

        // The median move's p50 and all-told, with the other two moves' as the range (HdrHistogram keeps 3 digits).
        assertThat(report.fanOutTable()).contains("| 1,000 | 3,001 ms (2,501–3,501) | ").contains("| 5,003 ms (4,001–6,003) | – |");
    }

    /** A move after which the coordinators were told evenly from {@code first} ms to {@code last} ms. */
    private static Histogram moveTold(long first, long last) {
        Histogram told = new Histogram(3_600_000L, 3);
        for (long ms = first; ms <= last; ms += 10) {
            told.recordValue(ms);
        }
        return told;
    }

    @Test
    void readsTheGrowthExponentFromTwoSizes() {
        ScaleSection.Size small = size(1, 600, 10.0);
        ScaleSection.Size quadratic = size(10, 6_000, 1_000.0);
        ScaleSection.Size linear = size(10, 6_000, 100.0);

        assertThat(ScaleSection.exponent(small, quadratic, small.of(ScaleRun.Result::secondHalfSeconds),
                quadratic.of(ScaleRun.Result::secondHalfSeconds))).isCloseTo(2.0, Offset.offset(1e-9));
        assertThat(ScaleSection.exponent(small, linear, small.of(ScaleRun.Result::secondHalfSeconds),
                linear.of(ScaleRun.Result::secondHalfSeconds))).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(ScaleSection.nLogN(600, 6_000)).isBetween(1.1, 1.2);
    }

    @Test
    void givesEachSizeTheMedianOfItsRunsWithTheirRangeAndGrowsFromMedianToMedian() {
        List<ScaleRun.Result> results = List.of(result(1, 600, 12.0), result(1, 600, 10.0), result(1, 600, 30.0),
                result(10, 6_000, 100.0), result(10, 6_000, 90.0), result(10, 6_000, 120.0));

        // 1,000 inserts a second: one insert takes 1 ms, and each delegate of the 1× median's second half 40 ms.
        String md = ScaleSection.render(results, new Stats(1_000, 900, 1_100, 3));

        assertThat(md).contains("| 1× | 64 | 600 | 3 | 24.0 s (20.0–60.0) | 12.0 s (10.0–30.0) |")
                .contains("| 40.0 ms (33.3–100.0) | 40.0× |")
                .contains("| 10× | 640 | 6,000 | 3 | 200.0 s (180.0–240.0) |")
                .contains("| 1× → 10× | 0.92 | 0.92 | 0.92 | 0.92 |")
                .contains("| itinerary | 391 MiB | 391 MiB |")
                .contains("| 10× | 640 | 50.0 s (45.0–60.0) | 293.0 MiB (293.0–293.0) |");
    }

    private static ScaleSection.Size size(int scale, int delegates, double secondHalf) {
        return new ScaleSection.Size(scale, List.of(result(scale, delegates, secondHalf)));
    }

    private static ScaleRun.Result result(int scale, int delegates, double secondHalf) {
        Map<String, Double> steps = Map.of("seats", secondHalf, "transfers", secondHalf, "itinerary", secondHalf);
        return new ScaleRun.Result(scale, 64 * scale, delegates, 2 * secondHalf, steps, secondHalf, steps, Map.of("itinerary", 400_000L),
                secondHalf / 2, 300_000L, Map.of("first page", 40.0));
    }
}
