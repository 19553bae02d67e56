package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
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
 * {@code roles}, values as role names in any case); a coordinator's inbox from the explicit mapping
 * {@code logistics.access.oidc.inboxes} of their name at the provider (the claim
 * {@code preferred_username} by default) to an inbox id. Unknown role names grant nothing; a user
 * without {@code COORDINATOR}, or not in the mapping, reads no inbox.
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
                    authorities.add(Callers.authority(role));
                }
            }
        }
        Map<String, Object> claims = new HashMap<>(user.getClaims());
        Object name = user.getClaims().get(settings.inboxClaim());
        String inbox = name == null ? null : settings.inboxes().get(name.toString());
        if (inbox != null && authorities.contains(Callers.authority(Role.COORDINATOR))) {
            claims.put(INBOX_ATTRIBUTE, inbox);
        }
        var userInfo = user.getUserInfo();
        var idToken = new OidcIdToken(user.getIdToken().getTokenValue(),
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
