package org.cqfriendship.logistics.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConfigTest {

    @TempDir
    Path data;

    @Test
    void writesACombinedKraftNodeWithItsLogInTheDataFolder() throws Exception {
        Path properties = new KafkaConfig(data.resolve("kafka")).writeProperties();

        String text = Files.readString(properties);
        assertThat(text).contains("process.roles=broker,controller", "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093",
                "log.dirs=" + data.resolve("kafka").toAbsolutePath());
    }

    @Test
    void oneBrokerKeepsOneCopyOfThreePartitions() throws Exception {
        String text = Files.readString(new KafkaConfig(data.resolve("kafka")).writeProperties());

        assertThat(text).contains("num.partitions=3", "default.replication.factor=1", "min.insync.replicas=1",
                "offsets.topic.replication.factor=1", "controller.quorum.voters=1@127.0.0.1:9093");
    }

    @Test
    void aClusterNodeVotesWithItsPeersAndKeepsThreeCopiesTwoInSync() throws Exception {
        KafkaConfig second = new KafkaConfig(data.resolve("kafka-2"), 2, 3);
        String text = Files.readString(second.writeProperties());

        assertThat(second.name()).isEqualTo("kafka-2");
        assertThat(text).contains("node.id=2", "listeners=PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095",
                "controller.quorum.voters=1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
                "num.partitions=12", "default.replication.factor=3", "min.insync.replicas=2",
                "offsets.topic.replication.factor=3", "transaction.state.log.min.isr=2");
        assertThat(KafkaConfig.bootstrapServers(3)).isEqualTo("127.0.0.1:9092,127.0.0.1:9094,127.0.0.1:9096");
    }

    @Test
    void formatsNewNodesWithTheClusterIdTheirPeersHave() throws Exception {
        KafkaConfig first = new KafkaConfig(data.resolve("kafka"), 1, 3);
        KafkaConfig second = new KafkaConfig(data.resolve("kafka-2"), 2, 3);
        second.writeProperties();
        Files.writeString(data.resolve("kafka-2").resolve("meta.properties"), "cluster.id=abc\nnode.id=2\n");

        assertThat(KafkaConfig.clusterIdOf(List.of(first, second))).isEqualTo("abc");
        assertThat(KafkaConfig.clusterIdOf(List.of(first))).isNotBlank().isNotEqualTo("abc");
    }

    @Test
    void knowsAFolderIsFormattedOnlyOnceItHoldsMetaProperties() throws Exception {
        KafkaConfig config = new KafkaConfig(data.resolve("kafka"));
        config.writeProperties();
        assertThat(config.isFormatted()).isFalse();

        Files.writeString(data.resolve("kafka").resolve("meta.properties"), "cluster.id=x\n");
        assertThat(config.isFormatted()).isTrue();
    }
}
