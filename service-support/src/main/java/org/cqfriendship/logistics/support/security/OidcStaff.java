package org.cqfriendship.logistics.support.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff signed in through an OpenID Connect provider: their roles come from a claim (by default
 * {@code roles}, values as role names in any case), their inbox from another (by default
 * {@code preferred_username}). Unknown role names grant nothing.
 */
public class OidcStaff implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String INBOX_ATTRIBUTE = "logistics_inbox";
    private final OidcUserService delegate = new OidcUserService();
    private final AccessProperties.Oidc settings;

    public OidcStaff(AccessProperties.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return toStaff(delegate.loadUser(request));
    }

    OidcUser toStaff(OidcUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : claimValues(user.getClaims().get(settings.rolesClaim()))) {
            for (Role role : Role.values()) {
                if (role != Role.DELEGATE && role.name().equals(name.toUpperCase(Locale.ROOT))) {
                    authorities.add(role.authority());
                }
            }
        }
        Map<String, Object> claims = new HashMap<>(user.getClaims());
        Object inbox = user.getClaims().get(settings.inboxClaim());
        if (inbox != null) {
            claims.put(INBOX_ATTRIBUTE, inbox.toString());
        }
        var userInfo = user.getUserInfo();
        var idToken = new org.springframework.security.oauth2.core.oidc.OidcIdToken(user.getIdToken().getTokenValue(),
                user.getIdToken().getIssuedAt(), user.getIdToken().getExpiresAt(), claims);
        return new DefaultOidcUser(authorities, idToken, userInfo, "sub");
    }

    private static List<String> claimValues(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
