package org.cqfriendship.logistics.registration.messaging;

import org.cqfriendship.logistics.support.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

@Configuration
class RegistrationTopics {

    /** Facts about delegations; key = delegation id. */
    static final String DELEGATIONS = "registration.delegations";

    @Bean
    KafkaAdmin.NewTopics delegationTopics() {
        return new KafkaAdmin.NewTopics(Topics.withDeadLetter(DELEGATIONS));
    }
}
