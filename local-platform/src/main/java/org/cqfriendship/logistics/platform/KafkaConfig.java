package org.cqfriendship.logistics.platform;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The broker's configuration: one node in KRaft combined mode (broker and controller), its log in the data folder. */
final class KafkaConfig {

    private final Path logDir;

    KafkaConfig(Path logDir) {
        this.logDir = logDir;
    }

    boolean isFormatted() {
        return Files.exists(logDir.resolve("meta.properties"));
    }

    String newClusterId() {
        return Uuid.randomUuid().toString();
    }

    Path writeProperties() {
        String properties = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@127.0.0.1:%2$d
                listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=720
                """.formatted(PlatformSettings.KAFKA, PlatformSettings.KAFKA_CONTROLLER, logDir.toAbsolutePath());
        try {
            Files.createDirectories(logDir);
            Path file = logDir.getParent().resolve("kafka-server.properties");
            Files.writeString(file, properties);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
