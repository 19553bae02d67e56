package org.cqfriendship.logistics.support.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;

/** Health of the two things every service needs: its store ("mongo") and the broker ("kafka"). */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
public class ServiceHealthAutoConfiguration {

    /** Named so that Boot's own Mongo check, which fails against mongo-java-server, backs off. */
    @Bean(name = "mongoHealthContributor")
    HealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(name = "kafkaHealthIndicator")
    HealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
