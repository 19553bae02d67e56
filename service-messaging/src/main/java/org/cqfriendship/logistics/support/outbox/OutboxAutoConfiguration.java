package org.cqfriendship.logistics.support.outbox;

import org.cqfriendship.logistics.support.events.EventStreamsAutoConfiguration;
import org.cqfriendship.logistics.support.tracing.Traces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * The outbox in every service: events written inside their aggregate's document, and one relay
 * that publishes them with the producer {@link EventStreamsAutoConfiguration} sets up.
 */
@AutoConfiguration(after = EventStreamsAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxMessages outboxMessages(JsonMapper jsonMapper, @Value("${spring.application.name}") String name, Clock clock, Traces traces) {
        return new OutboxMessages(jsonMapper, "/" + name, clock, traces);
    }

    @Bean
    VersionGuardIndexes versionGuardIndexes(MongoTemplate mongo, OutboxProperties properties) {
        return new VersionGuardIndexes(mongo, properties);
    }

    @Bean
    OutboxStore outboxStore(MongoTemplate mongo, OutboxRelay relay) {
        return new OutboxStore(mongo, relay);
    }

    @Bean
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<?, ?> kafka, OutboxProperties properties) {
        return new OutboxRelay(mongo, (KafkaTemplate<String, byte[]>) kafka, properties);
    }

    @Bean
    OutboxBacklog outboxBacklog(OutboxRelay relay, Clock clock) {
        return new OutboxBacklog(relay, clock);
    }
}
