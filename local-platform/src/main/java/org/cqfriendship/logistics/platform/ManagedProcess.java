package org.cqfriendship.logistics.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** A child process of the platform whose output lines are printed with its name in front. */
final class ManagedProcess {

    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Process process;
    private final Thread logPump;
    private final IntConsumer whenExited;

    private ManagedProcess(String name, List<String> command, Map<String, String> environment, Process process, Thread logPump,
                           IntConsumer whenExited) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.process = process;
        this.logPump = logPump;
        this.whenExited = whenExited;
    }

    long pid() {
        return process.pid();
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                                PrintStream out) {
        return start(name, command, environment, workDir, out, exitCode -> { });
    }

    /** The same, telling {@code whenExited} the exit code once the process ended, however it ended. */
    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
                                PrintStream out, IntConsumer whenExited) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Thread pump = new Thread(() -> prefixLines(name, process, out), name + "-log");
            pump.setDaemon(true);
            pump.start();
            process.onExit().thenAccept(ended -> whenExited.accept(ended.exitValue()));
            return new ManagedProcess(name, command, environment, process, pump, whenExited);
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

    /** The same command started again, its environment with {@code changes} (a null value removes a variable). */
    ManagedProcess startAgain(Map<String, String> changes, Path workDir, PrintStream out) {
        Map<String, String> next = new HashMap<>(environment);
        changes.forEach((key, value) -> {
            if (value == null) {
                next.remove(key);
            } else {
                next.put(key, value);
            }
        });
        return start(name, command, next, workDir, out, whenExited);
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no flush, nothing finished. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            logPump.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends a signal by name ({@code STOP} freezes the process, {@code CONT} lets it run on). */
    void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
