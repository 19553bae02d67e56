package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Caller;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules: which role reaches which of its paths. Whatever no rule names is denied.
 * Rules about one delegation or one inbox (is it the caller's?) are checked where the data is read,
 * with {@link Caller}, and answer 404 rather than reveal what exists.
 */
public interface AccessRules {

    /** Rules for {@code /api/**}: stateless, HTTP Basic for staff, a bearer link for a delegation. */
    default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }

    /** Rules for pages: a session after the login page, or the {@code /d/<token>} link. */
    default void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
    }
}
