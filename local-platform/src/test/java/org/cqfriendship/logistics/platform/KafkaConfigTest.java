package org.cqfriendship.logistics.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void knowsAFolderIsFormattedOnlyOnceItHoldsMetaProperties() throws Exception {
        KafkaConfig config = new KafkaConfig(data.resolve("kafka"));
        config.writeProperties();
        assertThat(config.isFormatted()).isFalse();

        Files.writeString(data.resolve("kafka").resolve("meta.properties"), "cluster.id=x\n");
        assertThat(config.isFormatted()).isTrue();
    }
}
