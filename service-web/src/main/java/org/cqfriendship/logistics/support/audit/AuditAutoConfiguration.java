package org.cqfriendship.logistics.support.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoTemplate.class)
@Import(AuditPages.class)
/** The audit log of privileged actions, in each service's own store, and its page for OPERATIONS. */
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(MongoTemplate mongo, ObjectProvider<Clock> clock, @Value("${spring.application.name}") String service) {
        return new AuditLog(mongo, clock.getIfAvailable(Clock::systemUTC), service);
    }

    @Bean
    AuditEvents auditEvents(AuditLog audit) {
        return new AuditEvents(audit);
    }
}
