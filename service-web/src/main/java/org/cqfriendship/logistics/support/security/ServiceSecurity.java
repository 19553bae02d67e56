package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Clock;


/**
 * The access control of every service (roles in {@link Role}, rules in docs/security.md):
 * <ul>
 *   <li>the JSON API and the actuator: stateless, staff by HTTP Basic (never challenged, so no
 *       browser keeps the password), a delegation by its link as a bearer token; 401/403 as
 *       localized problems; no CSRF token, since no cookie authenticates them, but a state-changing
 *       call must be JSON or carry {@code X-Requested-With} ({@link CrossSiteRequestGuard});</li>
 *   <li>pages: staff sign in on the login page (or through an OpenID Connect provider when one is
 *       configured), a delegation through its {@code /d/<token>} link; CSRF on every form.</li>
 * </ul>
 * Health and probes are public; the rest of the actuator is for OPERATIONS. Each service adds its
 * own {@link AccessRules}; whatever no rule names is denied.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessProperties.class)
@Import({StaffPages.class})
public class ServiceSecurity {

    private static final Logger log = LoggerFactory.getLogger(ServiceSecurity.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    DelegationLinks delegationLinks(AccessProperties access, Clock clock, LinkGenerations generations) {
        return new DelegationLinks(access.delegationLinkSecret(), access.linkValidity(), clock, generations);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock, ProblemAnswers problems) {
        return new SignInThrottle(clock, problems);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Staff accounts from configuration; without any, only delegations and public pages work. */
    @Bean
    UserDetailsService staffAccounts(AccessProperties access) {
        var accounts = access.accounts();
        if (accounts.isEmpty()) {
            log.warn("No staff accounts are configured (logistics.access.users): nobody can sign in with a password.");
        }
        return username -> {
            AccessProperties.Account account = accounts.get(username);
            if (account == null || account.password() == null) {
                throw new UsernameNotFoundException("No such account");
            }
            return new StaffUser(username, account);
        };
    }

    @Bean
    ProblemAnswers securityProblemAnswers(MessageSource messages, LocaleResolver locales) {
        return new ProblemAnswers(messages, locales);
    }

    /** Denials are published, so the audit log sees who tried what. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectProvider<AccessRules> services, ProblemAnswers problems,
                                    DelegationLinks links, SignInThrottle throttle) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll();
                    rules.requestMatchers("/actuator/**", "/api/audit", "/api/audit/verification").hasRole(Role.OPERATIONS.name());
                    services.orderedStream().forEach(service -> service.api(rules));
                    rules.anyRequest().denyAll();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new CrossSiteRequestGuard(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.filter(), BasicAuthenticationFilter.class)
                .addFilterBefore(new DelegationLinkFilter(links, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(ServiceSecurity::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<AccessRules> services, AccessProperties access,
                                     DelegationLinks links, ProblemAnswers problems, SignInThrottle throttle,
                                     ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        http
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/images/**", "/favicon.ico").permitAll();
                    // The API's description (ApiDocumentation): calling the API still needs what each operation needs.
                    rules.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    rules.requestMatchers("/audit").hasRole(Role.OPERATIONS.name());
                    rules.requestMatchers("/account").authenticated();
                    services.orderedStream().forEach(service -> service.pages(rules));
                    rules.anyRequest().denyAll();
                })
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl(access.home()).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(new DelegationLinkFilter(links, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(ServiceSecurity::headers);
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").defaultSuccessUrl(access.home())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcStaff(access.oidc()))));
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }
}
