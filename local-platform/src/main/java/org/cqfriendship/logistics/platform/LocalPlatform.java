package org.cqfriendship.logistics.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: a real Kafka broker (KRaft), the MongoDB-wire store, a
 * development mail server, an SMS gateway and webhook simulator, and the four services, each in
 * its own process. Data lives under one
 * folder and is found again on the next start. With {@code --cluster}: three brokers, every topic
 * on all three, and two instances of each service (docs/scaling.md).
 *
 * <pre>java -jar local-platform/target/local-platform.jar [--data-dir=PATH] [--no-demo-data] [--cluster]</pre>
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> SERVICES = List.of("registration-service", "itinerary-service", "notification-service",
            "accreditation-service");
    /** Each service's first instance, by part name, and its HTTP port. */
    private static final Map<String, Integer> FIRST_PORTS = Map.of("registration", PlatformSettings.REGISTRATION,
            "itinerary", PlatformSettings.ITINERARY, "notification", PlatformSettings.NOTIFICATION, "accreditation", PlatformSettings.ACCREDITATION);

    private final PlatformSettings settings;
    private final PrintStream out;
    private final List<ManagedProcess> processes = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Integer> instancePorts = new ConcurrentHashMap<>();
    private final StartCache startCache;

    private LocalPlatform(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.startCache = new StartCache(settings, out);
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        PlatformSettings settings = settingsFrom(args);
        LocalPlatform platform = new LocalPlatform(settings, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "platform-stop"));
        try {
            platform.start();
        } catch (PlatformException e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(2);
        }
        stopped.await();
    }

    /** Starts everything and returns once every service is ready (and the demo data is loaded). */
    public static LocalPlatform start(Path dataDir, Path projectRoot, boolean loadDemoData, PrintStream out) {
        return start(dataDir, projectRoot, loadDemoData, out, Map.of());
    }

    /** The same, with environment variables added to every service's (a benchmark's settings, for example). */
    public static LocalPlatform start(Path dataDir, Path projectRoot, boolean loadDemoData, PrintStream out,
                                      Map<String, String> serviceOverrides) {
        return start(dataDir, projectRoot, loadDemoData, out, serviceOverrides, false);
    }

    /** The same; {@code cluster}: three brokers and two instances of each service ({@code registration-2} on 8091, …). */
    public static LocalPlatform start(Path dataDir, Path projectRoot, boolean loadDemoData, PrintStream out,
                                      Map<String, String> serviceOverrides, boolean cluster) {
        LocalPlatform platform = new LocalPlatform(new PlatformSettings(dataDir, projectRoot, loadDemoData, serviceOverrides, false, cluster),
                out);
        try {
            platform.start();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void start() {
        Instant began = Instant.now();
        checkBeforeStart();
        // 3 GiB at most: with 1 GiB the store ran out of heap 45 minutes into the full fault run at 30 registrations a
        // second ("This store is closed" to every command after). Should it run out again, the heap dump says of what.
        start("store", java(List.of("-Xms1g", "-Xmx3g", "-XX:+HeapDumpOnOutOfMemoryError",
                        "-XX:HeapDumpPath=" + settings.storeFile().getParent()), "org.cqfriendship.logistics.platform.StoreServer",
                settings.storeFile().toString(),
                String.valueOf(PlatformSettings.STORE)), Map.of());
        // The mail server and the gateway keep every message in memory: room for a long load's tens of thousands.
        start("mail", java(List.of("-Xmx1g"), "org.cqfriendship.logistics.platform.MailServer", String.valueOf(PlatformSettings.SMTP),
                String.valueOf(PlatformSettings.IMAP), String.valueOf(PlatformSettings.MAIL_PAGE)), Map.of());
        start("gateway", java(List.of("-Xmx1g"), "org.cqfriendship.logistics.simulator.GatewaySimulator",
                String.valueOf(PlatformSettings.GATEWAY)), Map.of());
        startKafka();
        startCache.prepare(SERVICES);
        // The services' JVMs warm up while the broker starts: they reach the store at once (a few seconds'
        // patience, so it must be up), the broker only when their listeners and topic declarations start
        // (which wait for it up to 30 s), mail and the gateway only when they send.
        awaitPort("store", PlatformSettings.STORE);
        List<String> instances = new ArrayList<>();
        for (String service : SERVICES) {
            String name = service.replace("-service", "");
            startService(name, service, Map.of());
            instances.add(name);
            if (settings.cluster()) {
                launchInstance(service, name + "-2", PlatformSettings.secondInstancePort(FIRST_PORTS.get(name)), Map.of());
                instances.add(name + "-2");
            }
        }
        settings.kafkaNodes().forEach(node -> awaitPort(node.name(), node.port()));
        awaitPort("mail", PlatformSettings.SMTP);
        awaitPort("gateway", PlatformSettings.GATEWAY);
        instances.forEach(this::awaitPart);
        if (settings.loadDemoData()) {
            new DemoData(settings, http, out).loadOnce();
        }
        printWelcome(Duration.between(began, Instant.now()));
    }

    private void checkBeforeStart() {
        for (String service : SERVICES) {
            if (!Files.isRegularFile(settings.serviceJar(service))) {
                throw new PlatformException(settings.serviceJar(service) + " is missing. Build the services first: ./mvnw -DskipTests install");
            }
        }
        List<String> taken = PortCheck.takenPorts(settings.ports());
        if (!taken.isEmpty()) {
            throw new PlatformException(String.join(System.lineSeparator(), taken));
        }
        settings.dataFolderMismatch().ifPresent(problem -> {
            throw new PlatformException(problem);
        });
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new PlatformException("Cannot create the data folder " + settings.dataDir() + ": " + e.getMessage());
        }
        out.println("Local platform: data in " + settings.dataDir().toAbsolutePath());
    }

    /** Every broker node, the new ones formatted first (at once, all with one cluster id). */
    private void startKafka() {
        List<KafkaConfig> nodes = settings.kafkaNodes();
        String clusterId = KafkaConfig.clusterIdOf(nodes);
        Map<KafkaConfig, Path> properties = new LinkedHashMap<>();
        nodes.forEach(node -> properties.put(node, node.writeProperties()));
        Map<KafkaConfig, ManagedProcess> formats = new LinkedHashMap<>();
        nodes.stream().filter(node -> !node.isFormatted()).forEach(node -> formats.put(node, start(node.name() + "-format",
                java("kafka.tools.StorageTool", "format", "--cluster-id", clusterId, "--config", properties.get(node).toString()), Map.of())));
        formats.forEach(this::awaitFormatted);
        properties.forEach((node, file) -> start(node.name(), java(List.of("-Xms256m", "-Xmx512m"), "kafka.Kafka", file.toString()), Map.of()));
    }

    private void awaitFormatted(KafkaConfig node, ManagedProcess format) {
        try {
            if (format.awaitExit(120) != 0) {
                throw new PlatformException("Formatting the log folder of " + node.name() + " failed; see the lines above.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while formatting the log folder of " + node.name());
        }
        processes.remove(format);
    }

    private ManagedProcess start(String name, List<String> command, Map<String, String> environment) {
        ManagedProcess process = ManagedProcess.start(name, command, environment, Path.of("").toAbsolutePath(), out);
        processes.add(process);
        return process;
    }

    /** A JVM on this platform's own class path, running {@code mainClass}. */
    private static List<String> java(String mainClass, String... args) {
        return java(List.of("-Xmx256m"), mainClass, args);
    }

    private static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a service's JVM from the start cache (its extracted jar and class-data archive), {@code environment} added to its usual one. */
    private ManagedProcess startService(String name, String service, Map<String, String> environment) {
        Map<String, String> variables = new HashMap<>(serviceEnvironment(service));
        variables.putAll(settings.serviceOverrides());
        variables.putAll(environment);
        StartCache.Launch launch = startCache.launch(service);
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-Dspring.output.ansi.enabled=never", "-Dspring.main.banner-mode=off"));
        if (settings.quickStart()) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(launch.arguments());
        ManagedProcess process = ManagedProcess.start(name, command, variables, Path.of("").toAbsolutePath(), out, launch::exited);
        processes.add(process);
        return process;
    }

    private Map<String, String> serviceEnvironment(String service) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers(),
                "MONGODB_URI", "mongodb://127.0.0.1:" + PlatformSettings.STORE + "/" + service.replace("-service", "")
                        + "?serverSelectionTimeoutMS=5000&connectTimeoutMS=3000&socketTimeoutMS=10000",
                // Demo accounts and development secrets (service-defaults-local.yml, each service's application-local.yml).
                "SPRING_PROFILES_ACTIVE", "local",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(PlatformSettings.SMTP),
                "SMS_GATEWAY_URL", "http://127.0.0.1:" + PlatformSettings.GATEWAY + "/sms",
                "GATEWAY_SIMULATOR_URL", "http://127.0.0.1:" + PlatformSettings.GATEWAY);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitPort(String name, int port) {
        awaitUntil(name, () -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        out.println(String.format("%-13s| ready on 127.0.0.1:%d", name, port));
    }

    private void awaitReady(String name, int port) {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        awaitUntil(name, () -> {
            try {
                return http.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private interface Probe {
        boolean ready() throws InterruptedException;
    }

    private void awaitUntil(String name, Probe probe) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try {
            while (!probe.ready()) {
                ManagedProcess process = process(name);
                if (process != null && !process.isAlive()) {
                    throw new PlatformException(name + " stopped with exit code " + process.exitCode()
                            + " before it was ready; its last lines above say why.");
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new PlatformException(name + " was not ready within " + READY_TIMEOUT.toMinutes() + " minutes.");
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting for " + name);
        }
    }

    private ManagedProcess process(String name) {
        synchronized (processes) {
            return processes.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
    }

    private void printWelcome(Duration took) {
        out.println("""

                ================================================================================
                 Delegation logistics is running (started in %d s). Data: %s
                   Registration form  http://localhost:8081/register   (API docs: /swagger-ui.html)
                   Registration API   http://localhost:8081/api/delegations
                   Itinerary API      http://localhost:8082/api/itineraries/{delegationId}
                   Programme staff    http://localhost:8082/programme   (transfers, catering, flight status; sign in as programme)
                   Coordinator inbox  http://localhost:8083/coordinators/coord-demo/inbox   (sign in as coord-demo)
                   Operations console http://localhost:8083/operations   (sign in as operations)
                   Badges and zones   http://localhost:8084/badges   (sign in as programme; board: /board, no-shows: /no-shows)
                   Desk scanning      http://localhost:8084/desk   (a phone page; sign in as desk-ckg)
                   Development mail   http://localhost:8025/  (IMAP 127.0.0.1:3143, SMTP 3025)
                   SMS and webhooks   http://localhost:8026/  (simulator; make it fail or slow there)
                   Kafka %s    MongoDB-wire store  mongodb://127.0.0.1:27017%s
                   Health             http://localhost:808{1,2,3,4}/actuator/health
                   Demo sign-in       coord-demo, coord-li, coord-wang, coord-chen, duty-manager, programme, operations,
                                      desk-ckg, judge-liu, judge-novak, judge-garcia
                                      password %s (pages: /login on each service; API: HTTP Basic)
                 Press Ctrl-C to stop everything; the next start finds all data again.
                ================================================================================
                """.formatted(took.toSeconds(), settings.dataDir().toAbsolutePath(),
                settings.cluster() ? "brokers     " + settings.kafkaBootstrapServers() : "broker       " + settings.kafkaBootstrapServers(),
                settings.cluster() ? "\n   Second instances   http://localhost:809{1,2,3,4}   (each service twice; every topic on all three brokers)" : "",
                PlatformSettings.DEMO_PASSWORD));
    }

    /** The clients' bootstrap list: every broker of this platform. */
    public String kafkaBootstrapServers() {
        return settings.kafkaBootstrapServers();
    }

    /** Kills a part at once (SIGKILL), as a crash or a power cut would. */
    public void kill(String name) {
        require(name).kill();
    }

    /** Freezes a part (SIGSTOP): its sockets stay open and nothing answers, as with a stalled host or a long GC pause. */
    public void pause(String name) {
        require(name).signal("STOP");
    }

    /** Lets a frozen part run on (SIGCONT). */
    public void resume(String name) {
        require(name).signal("CONT");
    }

    /** Whether a part's process is running (a part that halted or was killed is not). */
    public boolean isRunning(String name) {
        ManagedProcess process = process(name);
        return process != null && process.isAlive();
    }

    /** Starts a part that died (or was killed) again, as it was, and waits until it is ready; a running one is stopped cleanly first. */
    public void restart(String name) {
        restart(name, Map.of());
    }

    /** The same with its environment changed ({@code changes}; a null value removes a variable): fault settings, say. */
    public void restart(String name, Map<String, String> changes) {
        ManagedProcess old = require(name);
        if (old.isAlive()) {
            old.requestStop();
            old.awaitStop();
        }
        processes.remove(old);
        processes.add(old.startAgain(changes, Path.of("").toAbsolutePath(), out));
        awaitPart(name);
    }

    /** Starts one more instance of a service ({@code registration}, …) on another HTTP port, in the same consumer groups. */
    public void startInstance(String service, String name, int port, Map<String, String> environment) {
        launchInstance(service + "-service", name, port, environment);
        awaitPart(name);
    }

    private void launchInstance(String service, String name, int port, Map<String, String> environment) {
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("SERVER_PORT", String.valueOf(port));
        startService(name, service, variables);
        instancePorts.put(name, port);
    }

    /** Stops a part cleanly (SIGTERM) and keeps it, to be started again as it was by {@link #restart(String)}. */
    public void halt(String name) {
        ManagedProcess process = require(name);
        process.requestStop();
        process.awaitStop();
    }

    /** Stops a part cleanly (SIGTERM) and forgets it. */
    public void stop(String name) {
        ManagedProcess process = require(name);
        process.requestStop();
        process.awaitStop();
        processes.remove(process);
    }

    private void awaitPart(String name) {
        Integer infrastructure = infrastructurePorts().get(name);
        if (infrastructure != null) {
            awaitPort(name, infrastructure);
        } else {
            awaitReady(name, FIRST_PORTS.containsKey(name) ? FIRST_PORTS.get(name) : instancePorts.get(name));
        }
    }

    /** The parts that are not services, by name, with the port that shows each is up. */
    private Map<String, Integer> infrastructurePorts() {
        Map<String, Integer> ports = new HashMap<>(Map.of("store", PlatformSettings.STORE, "mail", PlatformSettings.SMTP,
                "gateway", PlatformSettings.GATEWAY));
        settings.kafkaNodes().forEach(node -> ports.put(node.name(), node.port()));
        return ports;
    }

    private ManagedProcess require(String name) {
        ManagedProcess process = process(name);
        if (process == null) {
            throw new IllegalArgumentException("No part called " + name + " on this platform");
        }
        return process;
    }

    /** The operating-system process id of each running part, by name (kafka, store, mail, gateway, registration, …). */
    public Map<String, Long> processIds() {
        synchronized (processes) {
            Map<String, Long> ids = new LinkedHashMap<>();
            processes.forEach(p -> ids.put(p.name(), p.pid()));
            return ids;
        }
    }

    /** Stops the services first, then the broker, the store, the mail server and the gateway simulator, each cleanly. */
    @Override
    public void close() {
        List<ManagedProcess> running;
        synchronized (processes) {
            running = new ArrayList<>(processes);
            processes.clear();
        }
        if (running.isEmpty()) {
            return;
        }
        out.println("Stopping the local platform...");
        Set<String> infrastructure = infrastructurePorts().keySet();
        List<ManagedProcess> services = running.stream().filter(p -> !infrastructure.contains(p.name())).toList();
        stopAll(services);
        stopAll(running.stream().filter(p -> !services.contains(p)).toList());
        out.println("Local platform stopped.");
    }

    private static void stopAll(List<ManagedProcess> group) {
        group.forEach(ManagedProcess::requestStop);
        group.forEach(ManagedProcess::awaitStop);
    }

    private static PlatformSettings settingsFrom(String[] args) {
        boolean cluster = List.of(args).contains("--cluster");
        Path dataDir = Path.of(System.getenv().getOrDefault("PLATFORM_DATA_DIR", cluster ? "data-cluster" : "data"));
        boolean demo = true;
        boolean quickStart = true;
        for (String arg : args) {
            if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (arg.equals("--no-demo-data")) {
                demo = false;
            } else if (arg.equals("--full-jit")) {
                quickStart = false;
            } else if (!arg.equals("--cluster")) {
                System.err.println("Unknown option " + arg + ". Options: --data-dir=PATH, --no-demo-data, --full-jit, --cluster");
                System.exit(2);
            }
        }
        return new PlatformSettings(dataDir, projectRoot(), demo, Map.of(), quickStart, cluster);
    }

    /** The repository root, above this module's target folder (or set -Dplatform.home). */
    public static Path projectRoot() {
        return projectRootOf(LocalPlatform.class);
    }

    /**
     * The repository root for a harness run from its module's {@code target/<module>.jar} or
     * {@code target/classes} (a benchmark, the fault tests), or {@code -Dplatform.home}.
     */
    public static Path projectRootOf(Class<?> harness) {
        String home = System.getProperty("platform.home");
        if (home != null) {
            return Path.of(home);
        }
        try {
            Path codeSource = Path.of(harness.getProtectionDomain().getCodeSource().getLocation().toURI());
            return codeSource.getParent().getParent().getParent();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("Cannot find the project root; set -Dplatform.home", e));
        }
    }

}
