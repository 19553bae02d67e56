package org.cqfriendship.logistics.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The store's time by command shape ({@link CommandShape}), for finding what a load spends it on:
 * kept only when the environment names a file in {@code STORE_COMMAND_PROFILE}, and written there
 * at stop, the costliest first.
 */
final class CommandProfile {

    private record Totals(LongAdder nanos, LongAdder count) {
    }

    private final Map<String, Totals> byShape = new ConcurrentHashMap<>();

    void add(String shape, long nanos) {
        Totals totals = byShape.computeIfAbsent(shape, key -> new Totals(new LongAdder(), new LongAdder()));
        totals.nanos().add(nanos);
        totals.count().increment();
    }

    void write(Path file) {
        try {
            Files.writeString(file, render());
        } catch (IOException e) {
            System.out.println("Could not write the command profile to " + file + ": " + e.getMessage());
        }
    }

    private String render() {
        StringBuilder out = new StringBuilder("Store time by command shape (ms in the command, excluding the wait for its commit):\n");
        byShape.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Totals> entry) -> entry.getValue().nanos().sum()).reversed())
                .forEach(entry -> {
                    double millis = entry.getValue().nanos().sum() / 1e6;
                    long count = entry.getValue().count().sum();
                    out.append(String.format("%9.0f ms %8d × %7.2f ms  %s%n", millis, count, millis / count, entry.getKey()));
                });
        return out.toString();
    }
}
