package org.cqfriendship.logistics.benchmarks;

import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The chart images of docs/benchmarks.md: latency by percentile, and fan-out per N. */
final class Charts {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9, 100};

    private Charts() {
    }

    static void latency(Path file, Map<String, Histogram> series) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, histogram) -> {
            for (double percentile : PERCENTILES) {
                data.addValue(histogram.getValueAtPercentile(percentile), name, label(percentile));
            }
        });
        save(file, ChartFactory.createLineChart("Registration to the coordinator's alert, at half of saturation", "percentile",
                "milliseconds", data, PlotOrientation.VERTICAL, true, false, false));
    }

    static void fanOut(Path file, Map<Integer, Histogram> byN) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        byN.forEach((n, histogram) -> {
            for (double percentile : PERCENTILES) {
                data.addValue(histogram.getValueAtPercentile(percentile), "N = " + n, label(percentile));
            }
        });
        save(file, ChartFactory.createBarChart("A session moved: time until each of N coordinators is told", "percentile",
                "milliseconds", data, PlotOrientation.VERTICAL, true, false, false));
    }

    private static String label(double percentile) {
        return percentile == 100 ? "max" : percentile == Math.rint(percentile) ? "p" + (int) percentile : "p" + percentile;
    }

    private static void save(Path file, JFreeChart chart) throws IOException {
        Files.createDirectories(file.getParent());
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 400);
    }
}
