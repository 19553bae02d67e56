package org.cqfriendship.logistics.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where the platform keeps its data, where the built services are, and the fixed ports every
 * part listens on (the services' defaults assume them). {@code quickStart}: the services' JVMs
 * compile with the client compiler only (C1), which halves their start on two cores and lowers
 * their peak speed; the interactive platform does, the benchmarks and the fault harness do not.
 * {@code cluster}: three brokers and two instances of each service (the second on its port + 10)
 * instead of one of each; the store stays one process either way.
 */
record PlatformSettings(Path dataDir, Path projectRoot, boolean loadDemoData, Map<String, String> serviceOverrides,
                        boolean quickStart, boolean cluster) {

    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int STORE = 27017;
    static final int SMTP = 3025;
    static final int IMAP = 3143;
    static final int MAIL_PAGE = 8025;
    static final int GATEWAY = 8026;
    static final int REGISTRATION = 8081;
    static final int ITINERARY = 8082;
    static final int NOTIFICATION = 8083;
    static final int ACCREDITATION = 8084;
    /** The password of every demo account (logistics.access.demo-users in service-defaults-local.yml). */
    static final String DEMO_PASSWORD = "chongqing-2026";

    /** A second instance's HTTP port: the first's + 10 (8091 to 8094). */
    static int secondInstancePort(int port) {
        return port + 10;
    }

    /** Every port the platform needs, with who needs it, in start order. */
    Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        for (int node = 1; node <= kafkaNodes().size(); node++) {
            ports.put(KafkaConfig.port(node), "Kafka broker " + node);
            ports.put(KafkaConfig.controllerPort(node), "Kafka controller " + node);
        }
        ports.put(STORE, "the MongoDB-wire store");
        ports.put(SMTP, "the development mail server (SMTP)");
        ports.put(IMAP, "the development mail server (IMAP)");
        ports.put(MAIL_PAGE, "the development mail page");
        ports.put(GATEWAY, "the SMS gateway and webhook simulator");
        ports.put(REGISTRATION, "registration-service");
        ports.put(ITINERARY, "itinerary-service");
        ports.put(NOTIFICATION, "notification-service");
        ports.put(ACCREDITATION, "accreditation-service");
        if (cluster) {
            List.of(REGISTRATION, ITINERARY, NOTIFICATION, ACCREDITATION).forEach(port ->
                    ports.put(secondInstancePort(port), ports.get(port) + "'s second instance"));
        }
        return ports;
    }

    /** An HTTP Basic {@code Authorization} value for a demo account. */
    static String demoAccount(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The broker nodes: one, or a cluster's three, each with its log folder in the data folder. */
    List<KafkaConfig> kafkaNodes() {
        int nodes = cluster ? KafkaConfig.CLUSTER_NODES : 1;
        return IntStream.rangeClosed(1, nodes).mapToObj(node -> new KafkaConfig(dataDir.resolve(KafkaConfig.name(node)), node, nodes))
                .toList();
    }

    /** Why this data folder cannot be used: a one-broker folder cannot become a cluster's, nor the other way round (their topics' copies differ). */
    Optional<String> dataFolderMismatch() {
        boolean holdsCluster = Files.exists(dataDir.resolve(KafkaConfig.name(2)));
        boolean holdsOneBroker = !holdsCluster && Files.exists(dataDir.resolve(KafkaConfig.name(1)));
        if (cluster && holdsOneBroker) {
            return Optional.of("The data folder " + dataDir.toAbsolutePath() + " holds a one-broker platform's data. A cluster needs a folder "
                    + "of its own: start with --cluster alone (its folder is data-cluster) or name another with --data-dir.");
        }
        if (!cluster && holdsCluster) {
            return Optional.of("The data folder " + dataDir.toAbsolutePath() + " holds a cluster's data. Start it with --cluster, "
                    + "or name another folder with --data-dir.");
        }
        return Optional.empty();
    }

    String kafkaBootstrapServers() {
        return KafkaConfig.bootstrapServers(kafkaNodes().size());
    }

    Path storeFile() {
        return dataDir.resolve("mongo").resolve("store.mv.db");
    }

    Path demoDataMarker() {
        return dataDir.resolve("demo-data.loaded");
    }

    Path serviceJar(String service) {
        return projectRoot.resolve(service).resolve("target").resolve(service + ".jar");
    }
}
