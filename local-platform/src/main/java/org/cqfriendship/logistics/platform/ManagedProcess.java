package org.cqfriendship.logistics.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process of the platform whose output lines are printed with its name in front. */
final class ManagedProcess {

    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final String name;
    private final Process process;
    private final Thread logPump;

    private ManagedProcess(String name, Process process, Thread logPump) {
        this.name = name;
        this.process = process;
        this.logPump = logPump;
    }

    long pid() {
        return process.pid();
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                                PrintStream out) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Thread pump = new Thread(() -> prefixLines(name, process, out), name + "-log");
            pump.setDaemon(true);
            pump.start();
            return new ManagedProcess(name, process, pump);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    private static void prefixLines(String name, Process process, PrintStream out) {
        String prefix = String.format("%-13s| ", name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.println(prefix + line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Waits for a one-off command and returns its exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    /** Asks the process to stop (SIGTERM), so it shuts down cleanly. */
    void requestStop() {
        process.destroy();
    }

    /** Waits for the stop asked for, and kills the process if it does not stop in time. */
    void awaitStop() {
        try {
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            logPump.join(2_000); // let its last lines out
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
