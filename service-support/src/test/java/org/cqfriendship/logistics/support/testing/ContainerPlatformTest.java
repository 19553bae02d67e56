package org.cqfriendship.logistics.support.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.context.ImportTestcontainers;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service integration test on a real Apache Kafka broker and a real MongoDB replica set in
 * containers, wired in through {@code @ServiceConnection}. Skipped where Docker is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoStaff.ENABLED)
@ImportTestcontainers(ContainerPlatformTest.Containers.class)
public @interface ContainerPlatformTest {

    interface Containers {

        /** With the partitions of the platform's one broker: the services' topics take the broker's count (decision 91). */
        @ServiceConnection
        KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1").withEnv("KAFKA_NUM_PARTITIONS", "3");

        @ServiceConnection
        MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0.12");
    }
}
