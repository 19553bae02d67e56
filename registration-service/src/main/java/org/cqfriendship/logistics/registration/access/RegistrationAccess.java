package org.cqfriendship.logistics.registration.access;

import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.support.security.AccessRules;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches what on the registration-service. Registering is open to anyone (rate-limited);
 * reading a delegation needs its link, its coordinator or programme staff (checked per delegation
 * by {@code DelegationController}); the delegations page lists a coordinator's own and opens
 * their pages; assigning coordinators, putting delegations at the parts of events, revoking links
 * and erasing documents is programme staff's.
 */
@Configuration
public class RegistrationAccess implements AccessRules {

    private static final String PROGRAMME = Role.PROGRAMME.name();

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/delegations").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/programme").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/delegations").hasAnyRole(PROGRAMME, Role.COORDINATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/delegations/search").hasAnyRole(PROGRAMME, Role.COORDINATOR.name())
                .requestMatchers(HttpMethod.GET, "/api/delegations/{id}").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/delegations/{id}/coordinator").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.PUT, "/api/delegations/{id}/parts/{eventId}").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.POST, "/api/delegations/{id}/members/{memberId}/document-erasure").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.POST, "/api/delegations/{id}/link-revocation").hasRole(PROGRAMME)
                // A member's own data: the delegation (link), its coordinator or programme staff; checked per delegation.
                .requestMatchers(HttpMethod.GET, "/api/delegations/{id}/members/{memberId}/export").authenticated()
                .requestMatchers(HttpMethod.POST, "/api/delegations/{id}/members/{memberId}/erasure").hasAnyRole(PROGRAMME, Role.DELEGATE.name())
                .requestMatchers(HttpMethod.PUT, "/api/delegations/{id}").hasAnyRole(PROGRAMME, Role.DELEGATE.name())
                .requestMatchers(HttpMethod.DELETE, "/api/delegations/{id}/members/{memberId}").hasAnyRole(PROGRAMME, Role.DELEGATE.name());
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // The form is public; /d/<token> pages find their delegation by the token or answer 404.
        rules.requestMatchers("/", "/register", "/register/**", "/d/**").permitAll()
                .requestMatchers("/programme/parts").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.GET, "/delegations", "/delegations/attendees.{format:csv|xlsx}")
                .hasAnyRole(PROGRAMME, Role.COORDINATOR.name())
                .requestMatchers("/delegations/assignment").hasRole(PROGRAMME)
                // A coordinator reaches their own delegations' pages only; checked per delegation.
                .requestMatchers(HttpMethod.GET, "/delegations/{id}").hasAnyRole(PROGRAMME, Role.COORDINATOR.name())
                .requestMatchers(HttpMethod.POST, "/delegations/{id}/coordinator", "/delegations/{id}/link-revocation",
                        "/delegations/{id}/members/{memberId}/document-erasure").hasRole(PROGRAMME);
    }

    @Bean
    StaffLink registrationFormLink() {
        return new StaffLink("account.registerForm", caller -> "/register", caller -> true);
    }

    @Bean
    StaffLink delegationsLink() {
        return new StaffLink("account.delegations", caller -> "/delegations", caller -> caller.has(Role.PROGRAMME) || caller.inbox() != null);
    }

    @Bean
    StaffLink partsLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.parts", "/programme/parts");
    }
}
