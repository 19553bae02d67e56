package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The caller of a request, from what Spring Security made of it, and the authority each role is granted as. */
public final class Callers {

    private Callers() {
    }

    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Caller.ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (authority(role).getAuthority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        Object principal = authentication.getPrincipal();
        if (authentication instanceof DelegationLinkAuthentication link) {
            return new Caller(authentication.getName(), authentication.getName(), roles, null, link.delegationId());
        }
        if (principal instanceof StaffUser staff) {
            return new Caller(staff.getUsername(), staff.displayName(), roles, staff.inbox(), null);
        }
        if (principal instanceof OidcUser oidc) {
            String inbox = oidc.getAttribute(OidcStaff.INBOX_ATTRIBUTE);
            return new Caller(authentication.getName(), Objects.requireNonNullElse(oidc.getFullName(), authentication.getName()),
                    roles, inbox, null);
        }
        return new Caller(authentication.getName(), authentication.getName(), roles, null, null);
    }

    /** The authority Spring Security knows a role by ({@code ROLE_<name>}, what {@code hasRole} checks). */
    public static GrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }
}
