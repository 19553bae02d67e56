package org.cqfriendship.logistics.itinerary.access;

import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.support.security.AccessRules;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches what on the itinerary-service. An itinerary (API and page) is read by its delegation
 * (link), its coordinator or programme staff (checked per itinerary where it is read); the
 * programme is read by anyone signed in and changed by programme staff only, who also see the
 * catering counts and interpretation gaps.
 */
@Configuration
class ItineraryAccess implements AccessRules {

    private static final String PROGRAMME = Role.PROGRAMME.name();

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.GET, "/api/itineraries/{delegationId}", "/api/itineraries/{delegationId}/members/{memberId}/export")
                .authenticated()
                .requestMatchers(HttpMethod.GET, "/api/sessions").authenticated()
                .requestMatchers(HttpMethod.PUT, "/api/sessions/{id}/schedule", "/api/sessions/{id}/capacity", "/api/hotels/{hotelId}")
                .hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.POST, "/api/sessions", "/api/sessions/{id}/cancellation").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.GET, "/api/catering", "/api/interpretation", "/api/transfers", "/api/hotels", "/api/hotels/waiting",
                        "/api/hotels/{hotelId}/rooming-list", "/api/contest/hotpot").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.POST, "/api/flight-status").hasRole(PROGRAMME)
                // Public unless itinerary.contest.hotpot.leaderboard-public is false (LeaderboardController).
                .requestMatchers(HttpMethod.GET, "/api/contest/hotpot/results").permitAll();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // /d/<token> signs its delegation in (or stays anonymous and answers 404); /itineraries/<id>
        // is checked against the caller by ItineraryPage.
        // The calendar feeds and the PDF under a secret link answer 404 unless the link grants them
        // (CalendarFeeds, ItineraryPdfController).
        rules.requestMatchers(HttpMethod.GET, "/d/{token}", "/d/{token}/itinerary.ics", "/d/{token}/members/{memberId}/itinerary.ics",
                        "/d/{token}/itinerary.pdf", "/c/{token}/itinerary.ics").permitAll()
                .requestMatchers("/js/**").permitAll()
                // Public unless itinerary.contest.hotpot.leaderboard-public is false (LeaderboardController).
                .requestMatchers(HttpMethod.GET, "/contest/hotpot/results", "/contest/hotpot/results/stream", "/carnival").permitAll()
                .requestMatchers("/contest/hotpot/judge", "/contest/hotpot/judge/**").hasRole(Role.JUDGE.name())
                .requestMatchers(HttpMethod.GET, "/", "/itineraries/{delegationId}", "/itineraries/{delegationId}/itinerary.ics",
                        "/itineraries/{delegationId}/itinerary.pdf", "/calendar")
                .authenticated()
                .requestMatchers("/programme", "/programme/**", "/catering", "/catering/**", "/flights", "/transfers", "/transfers/**",
                        "/hotels", "/hotels/**", "/contest/**", "/carnival/stalls", "/carnival/stalls/**")
                .hasRole(PROGRAMME);
    }

    /** Which links still open a delegation's itinerary: kept from {@code DelegationLinksRevoked} (decision 58). */
    @Bean
    RevokedLinks revokedLinks(MongoTemplate mongo) {
        return new RevokedLinks(mongo);
    }

    @Bean
    StaffLink programmeLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.programme", "/programme");
    }

    @Bean
    StaffLink transfersLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.transfers", "/transfers");
    }

    @Bean
    StaffLink hotelsLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.hotels", "/hotels");
    }

    @Bean
    StaffLink contestLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.contest", "/contest/hotpot");
    }

    @Bean
    StaffLink carnivalLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.carnival", "/carnival/stalls");
    }

    @Bean
    StaffLink judgingLink() {
        return StaffLink.forRole(Role.JUDGE, "account.judging", "/contest/hotpot/judge");
    }

    @Bean
    StaffLink leaderboardLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.leaderboard", "/contest/hotpot/results");
    }

    @Bean
    StaffLink flightsLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.flights", "/flights");
    }

    @Bean
    StaffLink calendarLink() {
        return StaffLink.forRole(Role.COORDINATOR, "account.calendar", "/calendar");
    }

    @Bean
    StaffLink cateringLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.catering", "/catering");
    }
}
