package org.cqfriendship.logistics.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiProblemAutoConfiguration {

    @Bean
    ApiProblemAdvice apiProblemAdvice(MessageSource messageSource) {
        return new ApiProblemAdvice(messageSource);
    }
}
