package org.cqfriendship.logistics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resident memory and CPU time of each platform process, read from /proc (Linux): now, and the peak memory while sampling. */
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

    /** CPU time each process has used so far (user and system), in seconds, from /proc/[pid]/stat. */
    Map<String, Double> cpuSecondsNow() {
        Map<String, Double> now = new LinkedHashMap<>();
        pids.forEach((name, pid) -> now.put(name, cpuSeconds(pid)));
        return now;
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) may hold spaces; the fields after its closing bracket are plain.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
