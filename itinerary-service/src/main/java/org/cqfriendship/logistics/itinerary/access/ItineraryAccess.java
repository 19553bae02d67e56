package org.cqfriendship.logistics.itinerary.access;

import org.cqfriendship.logistics.support.security.AccessRules;
import org.cqfriendship.logistics.support.security.Role;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches what on the itinerary-service. An itinerary is read by its delegation (link), its
 * coordinator or programme staff (checked per itinerary by {@code ItineraryController}); the
 * programme is read by anyone signed in and changed by programme staff only.
 */
@Configuration
class ItineraryAccess implements AccessRules {

    private static final String PROGRAMME = Role.PROGRAMME.name();

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/itineraries/{delegationId}").authenticated()
                .requestMatchers(HttpMethod.GET, "/api/sessions").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/sessions/{id}/schedule").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.POST, "/api/sessions/{id}/cancellation").hasRole(PROGRAMME);
    }

    @Bean
    StaffLink programmeLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.programme", "/api/sessions");
    }
}
