package org.cqfriendship.logistics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resident memory of each platform process, read from /proc (Linux): now, and the peak while sampling. */
final class Memory {

    private final Map<String, Long> pids;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private volatile Thread sampler;

    Memory(Map<String, Long> pids) {
        this.pids = pids;
    }

    Map<String, Long> residentKbNow() {
        Map<String, Long> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> now.put(name, residentKb(pid)));
        return now;
    }

    void startSampling() {
        peakKb.clear();
        Thread thread = new Thread(() -> {
            while (sampler == Thread.currentThread()) {
                residentKbNow().forEach((name, kb) -> peakKb.merge(name, kb, Math::max));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        thread.setDaemon(true);
        sampler = thread;
        thread.start();
    }

    Map<String, Long> stopSampling() {
        sampler = null;
        Map<String, Long> peak = new LinkedHashMap<>();
        pids.keySet().forEach(name -> peak.put(name, peakKb.getOrDefault(name, 0L)));
        return peak;
    }

    private static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
