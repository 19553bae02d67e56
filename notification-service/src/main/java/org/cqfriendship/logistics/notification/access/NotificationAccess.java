package org.cqfriendship.logistics.notification.access;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.cqfriendship.logistics.support.security.AccessRules;
import org.cqfriendship.logistics.support.security.Callers;
import org.cqfriendship.logistics.support.security.RevokedLinks;
import org.cqfriendship.logistics.support.security.StaffLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who reaches what on the notification-service: an inbox (page, live stream, API, acknowledgement)
 * is its owner's alone; anyone else signed in gets 403. An acknowledgement link opens its one alert
 * without signing in. The operations console and its API are for OPERATIONS.
 */
@Configuration
class NotificationAccess implements AccessRules {

    /** The caller reads the inbox named by the path's {@code coordinatorId}. */
    static final AuthorizationManager<RequestAuthorizationContext> OWN_INBOX = (authentication, request) ->
            new AuthorizationDecision(Callers.of(authentication.get()).readsInbox(request.getVariables().get("coordinatorId")));

    @Override
    public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/api/coordinators/{coordinatorId}/**").access(OWN_INBOX)
                .requestMatchers("/api/operations/**").hasRole(Role.OPERATIONS.name())
                // A delegate's own data: programme staff or their delegation's link, checked per delegate.
                .requestMatchers(HttpMethod.GET, "/api/delegates/{memberId}/export").authenticated();
    }

    @Override
    public void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/coordinators/{coordinatorId}/**").access(OWN_INBOX)
                .requestMatchers("/", "/inbox").authenticated()
                // The signed link in an email or text message is the credential; it names one alert.
                .requestMatchers("/acknowledge/*").permitAll()
                // So is the link in a request to confirm an address; it names one address of one delegate.
                .requestMatchers("/contacts/confirm/*").permitAll()
                .requestMatchers("/operations", "/operations/**").hasRole(Role.OPERATIONS.name())
                .requestMatchers(HttpMethod.GET, "/coordinator-directory.{format:csv|xlsx}")
                .hasAnyRole(Role.PROGRAMME.name(), Role.OPERATIONS.name());
    }

    /** Which links still open a delegation's data here: kept from {@code DelegationLinksRevoked} (decision 58). */
    @Bean
    RevokedLinks revokedLinks(MongoTemplate mongo) {
        return new RevokedLinks(mongo);
    }

    @Bean
    StaffLink operationsLink() {
        return new StaffLink("account.operations", caller -> "/operations", caller -> caller.has(Role.OPERATIONS));
    }

    @Bean
    StaffLink inboxLink() {
        return new StaffLink("account.inbox", caller -> "/coordinators/" + caller.inbox() + "/inbox", caller -> caller.inbox() != null);
    }
}
