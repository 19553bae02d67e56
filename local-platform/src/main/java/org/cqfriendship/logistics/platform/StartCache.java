package org.cqfriendship.logistics.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Starts each service's JVM from a class-data archive (CDS) of the classes it loaded the last time
 * it ran, which saves much of the time a JVM spends loading and verifying Spring's classes.
 * <p>
 * The archive is only possible for classes on the plain class path, so the service's jar is first
 * extracted ({@code -Djarmode=tools extract}) into {@code <service>/target/start-cache/}, once per
 * build of the jar. A service started without an archive writes one when it stops cleanly (to a
 * file of its own, moved into place once it exits, so two instances never write one file); the
 * next start uses it. A rebuilt jar is extracted again and its archive made again. A JVM that
 * finds an archive it cannot use starts without it, so the cache only ever saves time. (JDK 25's
 * AOT cache was tried too: the services stopped by the platform left only its configuration file,
 * never the cache; CDS works on 17 and on 25.)
 */
final class StartCache {

    /** An archive is made by and for one JDK (the platform's own, which runs the services). */
    private static final String JDK = "jdk" + Runtime.version().feature();

    private final PlatformSettings settings;
    private final PrintStream out;
    /** Services with an archive being written by one of their instances in this run. */
    private final Set<String> training = new HashSet<>();

    StartCache(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Extracts every service's jar that was built since it was last extracted, all at once, so that
     * a first start after a build does not extract one jar after another as it starts each service.
     */
    void prepare(List<String> services) {
        services.parallelStream().forEach(service -> {
            try {
                extractIfStale(service);
            } catch (IOException | IllegalStateException unusable) {
                // launch() tries again, and starts from the jar if it fails again.
            }
        });
    }

    /** How to start the service from the cache: the archive's JVM option and {@code -jar} with the extracted jar. */
    synchronized Launch launch(String service) {
        Path jar = settings.serviceJar(service);
        Path folder = jar.resolveSibling("start-cache");
        Path archive = folder.resolve(service + "-" + JDK + ".jsa");
        Path extracted;
        try {
            extracted = extractIfStale(service);
        } catch (IOException | IllegalStateException unusable) {
            out.println("Start cache for " + service + " not used (" + unusable.getMessage() + "); starting from the jar");
            return new Launch(List.of("-jar", jar.toString()), null, null);
        }
        String runnable = extracted.toString();
        if (Files.isRegularFile(archive)) {
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive, "-jar", runnable), null, null);
        }
        if (!training.add(service)) {
            return new Launch(List.of("-jar", runnable), null, null);
        }
        Path written = folder.resolve(service + "-" + UUID.randomUUID() + ".part");
        return new Launch(List.of("-XX:ArchiveClassesAtExit=" + written, "-jar", runnable), written, archive);
    }

    /**
     * The JVM options and jar of one service start; {@code written} is where it writes its
     * archive when it stops, to be moved to {@code archive} (both null: it writes none).
     */
    record Launch(List<String> arguments, Path written, Path archive) {

        private static final int KILLED = 137;

        /** After the process exited: keeps the archive it wrote, if it stopped cleanly (not killed: 137) and wrote one. */
        void exited(int exitCode) {
            if (written == null) {
                return;
            }
            try {
                if (exitCode != KILLED && Files.isRegularFile(written) && Files.size(written) > 0) {
                    Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(written);
                }
            } catch (IOException ignored) {
                // No archive this time: the next start makes one.
            }
        }
    }

    /** The service's extracted jar, extracted again first if the jar was built since (its old archives deleted). */
    private Path extractIfStale(String service) throws IOException {
        Path jar = settings.serviceJar(service);
        Path folder = jar.resolveSibling("start-cache");
        Path extracted = folder.resolve(jar.getFileName());
        if (!Files.isRegularFile(extracted) || Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            extract(jar, folder);
            deleteArchives(folder, service);
        }
        return extracted;
    }

    /** A new jar's classes differ: every JDK's archive of the old one goes. */
    private static void deleteArchives(Path folder, String service) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(service + "-")
                    && f.getFileName().toString().endsWith(".jsa")).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void extract(Path jar, Path folder) throws IOException {
        Files.createDirectories(folder);
        ProcessBuilder builder = new ProcessBuilder(LocalPlatform.javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--force", "--destination", folder.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("extracting " + jar.getFileName() + " failed");
            }
            // The extracted jar is as new as the build it came from: the next start sees it is current.
            Files.setLastModifiedTime(folder.resolve(jar.getFileName()), Files.getLastModifiedTime(jar));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + jar.getFileName());
        }
    }
}
