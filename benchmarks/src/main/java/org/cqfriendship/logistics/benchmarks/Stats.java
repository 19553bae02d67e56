package org.cqfriendship.logistics.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Several runs of one measurement: the median, with the lowest and highest seen. */
record Stats(double median, double min, double max, int runs) {

    static Stats of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    String show(String unit) {
        return String.format("%,.1f %s (min %,.1f, max %,.1f, %d runs)", median, unit, min, max, runs);
    }
}
