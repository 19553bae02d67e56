package org.cqfriendship.logistics.platform;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One broker's configuration in KRaft combined mode (broker and controller), its log in the data
 * folder: the only node, or one of a cluster's three. On one node every topic has 3 partitions and
 * one copy; on three, 12 partitions (up to 12 instances of a service consume a topic) and three
 * copies, a write acknowledged once two hold it (decision 91).
 */
final class KafkaConfig {

    /** The nodes of a cluster: each topic's copies and controller votes, so one node may die. */
    static final int CLUSTER_NODES = 3;

    private final Path logDir;
    private final int node;
    private final int nodes;

    KafkaConfig(Path logDir) {
        this(logDir, 1, 1);
    }

    KafkaConfig(Path logDir, int node, int nodes) {
        this.logDir = logDir;
        this.node = node;
        this.nodes = nodes;
    }

    /** The platform's part name of node {@code node}: {@code kafka}, {@code kafka-2}, {@code kafka-3}. */
    static String name(int node) {
        return node == 1 ? "kafka" : "kafka-" + node;
    }

    static int port(int node) {
        return PlatformSettings.KAFKA + 2 * (node - 1);
    }

    static int controllerPort(int node) {
        return PlatformSettings.KAFKA_CONTROLLER + 2 * (node - 1);
    }

    /** The clients' bootstrap list: every node's address. */
    static String bootstrapServers(int nodes) {
        return IntStream.rangeClosed(1, nodes).mapToObj(n -> "127.0.0.1:" + port(n)).collect(Collectors.joining(","));
    }

    String name() {
        return name(node);
    }

    int port() {
        return port(node);
    }

    boolean isFormatted() {
        return Files.exists(logDir.resolve("meta.properties"));
    }

    /** The cluster this node's log belongs to, once formatted. */
    Optional<String> clusterId() {
        if (!isFormatted()) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(logDir.resolve("meta.properties"))) {
            Properties meta = new Properties();
            meta.load(reader);
            return Optional.ofNullable(meta.getProperty("cluster.id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id to format the unformatted nodes with: the one their formatted peers have, or a new one. */
    static String clusterIdOf(List<KafkaConfig> nodes) {
        return nodes.stream().map(KafkaConfig::clusterId).flatMap(Optional::stream).findFirst().orElseGet(() -> Uuid.randomUuid().toString());
    }

    Path writeProperties() {
        int copies = Math.min(nodes, CLUSTER_NODES);
        int inSync = nodes == 1 ? 1 : 2;
        String voters = IntStream.rangeClosed(1, nodes).mapToObj(n -> n + "@127.0.0.1:" + controllerPort(n)).collect(Collectors.joining(","));
        String properties = """
                process.roles=broker,controller
                node.id=%1$d
                controller.quorum.voters=%4$s
                listeners=PLAINTEXT://127.0.0.1:%2$d,CONTROLLER://127.0.0.1:%3$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%2$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%5$s
                num.partitions=%6$d
                default.replication.factor=%7$d
                min.insync.replicas=%8$d
                offsets.topic.replication.factor=%7$d
                transaction.state.log.replication.factor=%7$d
                transaction.state.log.min.isr=%8$d
                share.coordinator.state.topic.replication.factor=%7$d
                share.coordinator.state.topic.min.isr=%8$d
                group.initial.rebalance.delay.ms=0
                log.retention.hours=720
                """.formatted(node, port(), controllerPort(node), voters, logDir.toAbsolutePath(), nodes == 1 ? 3 : 12, copies, inSync);
        try {
            Files.createDirectories(logDir);
            Path file = logDir.getParent().resolve(logDir.getFileName() + "-server.properties");
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
