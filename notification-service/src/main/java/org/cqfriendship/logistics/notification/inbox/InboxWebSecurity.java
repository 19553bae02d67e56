package org.cqfriendship.logistics.notification.inbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open pages for now (coordinator logins come with the access-control issue); the acknowledge
 * forms carry CSRF tokens, the JSON API is exempt; security headers with a policy allowing only
 * this service's own scripts.
 */
@Configuration
class InboxWebSecurity {

    @Bean
    SecurityFilterChain inboxSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"))
                        .frameOptions(frame -> frame.deny()))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .build();
    }
}
