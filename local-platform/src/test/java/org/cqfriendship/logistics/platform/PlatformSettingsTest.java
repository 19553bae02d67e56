package org.cqfriendship.logistics.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSettingsTest {

    @TempDir
    Path data;

    @Test
    void aClusterNeedsThreeBrokersAndSecondInstancesPorts() {
        PlatformSettings cluster = settings(true);

        assertThat(cluster.kafkaNodes()).extracting(KafkaConfig::name).containsExactly("kafka", "kafka-2", "kafka-3");
        assertThat(cluster.ports()).containsKeys(9092, 9093, 9094, 9095, 9096, 9097, 8091, 8092, 8093, 8094);
        assertThat(settings(false).ports()).doesNotContainKeys(9094, 8091);
    }

    @Test
    void aOneBrokerFolderIsRefusedToTheClusterAndTheOtherWayRound() throws Exception {
        assertThat(settings(true).dataFolderMismatch()).isEmpty();
        Files.createDirectories(data.resolve("kafka"));
        assertThat(settings(false).dataFolderMismatch()).isEmpty();
        assertThat(settings(true).dataFolderMismatch()).get().asString().contains("one-broker", "--data-dir");

        Files.createDirectories(data.resolve("kafka-2"));
        assertThat(settings(true).dataFolderMismatch()).isEmpty();
        assertThat(settings(false).dataFolderMismatch()).get().asString().contains("cluster's data", "--cluster");
    }

    private PlatformSettings settings(boolean cluster) {
        return new PlatformSettings(data, data, false, Map.of(), false, cluster);
    }
}
