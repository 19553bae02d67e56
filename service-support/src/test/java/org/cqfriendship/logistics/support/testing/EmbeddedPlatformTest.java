package org.cqfriendship.logistics.support.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * A service integration test on the real embedded Kafka broker (one global broker per test run,
 * started by spring-kafka-test from {@code junit-platform.properties}) and mongo-java-server, with
 * the whole service running on a random port and a database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}", DemoStaff.ENABLED})
@ContextConfiguration(initializers = EmbeddedPlatformTest.FreshStore.class)
public @interface EmbeddedPlatformTest {

    class FreshStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // Every cached context keeps consuming: a group that keeps a store of its own must not share its partitions with another's.
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.mongodb.uri=" + InMemoryMongo.freshDatabaseUri("test"),
                    "logistics.consumer-group-suffix=-" + UUID.randomUUID());
        }
    }
}
