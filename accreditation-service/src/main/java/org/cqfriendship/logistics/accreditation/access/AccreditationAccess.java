package org.cqfriendship.logistics.accreditation.access;

import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.accreditation.badges.BadgeCodes;
import org.cqfriendship.logistics.accreditation.zones.AccreditationSettings;
import org.cqfriendship.logistics.support.security.AccessRules;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who reaches what on the accreditation-service: desk staff scan; programme staff run the
 * accreditation office (badges, zones, printing) and read the board and the no-shows, which
 * operations read too; a delegation sees its own badges through its link.
 */
@Configuration
class AccreditationAccess implements AccessRules {

    private static final String PROGRAMME = Role.PROGRAMME.name();

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/scans").hasRole(Role.DESK.name())
                .requestMatchers(HttpMethod.GET, "/api/delegations/{delegationId}/badges").hasRole(PROGRAMME);
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // /d/<token>/badges signs its delegation in (or stays anonymous and answers 404).
        rules.requestMatchers(HttpMethod.GET, "/d/{token}/badges").permitAll()
                .requestMatchers(HttpMethod.GET, "/").authenticated()
                .requestMatchers("/desk", "/desk/scans").hasRole(Role.DESK.name())
                .requestMatchers("/badges", "/badges/**").hasRole(PROGRAMME)
                .requestMatchers(HttpMethod.GET, "/board", "/board/stream", "/no-shows").hasAnyRole(PROGRAMME, Role.OPERATIONS.name());
    }

    @Bean
    BadgeCodes badgeCodes(AccreditationSettings settings) {
        return new BadgeCodes(settings.badgeSecret());
    }

    @Bean
    StaffLink deskLink() {
        return StaffLink.forRole(Role.DESK, "account.desk", "/desk");
    }

    @Bean
    StaffLink badgesLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.badges", "/badges");
    }

    @Bean
    StaffLink boardLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.board", "/board");
    }

    @Bean
    StaffLink operationsBoardLink() {
        return StaffLink.forRole(Role.OPERATIONS, "account.board", "/board");
    }

    @Bean
    StaffLink noShowsLink() {
        return StaffLink.forRole(Role.PROGRAMME, "account.noShows", "/no-shows");
    }
}
