package org.cqfriendship.logistics.support.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the services' own rules need it: a staff member with roles and an inbox, a
 * delegation through its secret link, or nobody.
 *
 * @param name         the account, or {@code delegation:<id>}, or {@code anonymous}
 * @param inbox        the coordinator inbox a staff member reads, if any
 * @param delegationId the one delegation a secret link grants, if any
 */
public record Caller(String name, String displayName, Set<Role> roles, String inbox, String delegationId) {

    public static final Caller ANONYMOUS = new Caller("anonymous", "anonymous", Set.of(), null, null);

    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().getAuthority().equals(authority.getAuthority())) {
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

    public boolean isAnonymous() {
        return this == ANONYMOUS || roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Reads this inbox: it is the caller's own. */
    public boolean readsInbox(String inboxId) {
        return inbox != null && inbox.equals(inboxId);
    }

    /**
     * May see this delegation: its own link, programme staff, or the coordinator it is assigned to
     * (the notification inbox of the programme desk serves delegations without a coordinator).
     */
    public boolean maySee(String delegationId, String coordinatorId) {
        return has(Role.PROGRAMME)
                || (delegationId != null && delegationId.equals(this.delegationId))
                || (has(Role.COORDINATOR) && coordinatorId != null && coordinatorId.equals(inbox));
    }

    /** May change this delegation's registration: its own link, or programme staff on its behalf. */
    public boolean mayChange(String delegationId) {
        return has(Role.PROGRAMME) || (delegationId != null && delegationId.equals(this.delegationId));
    }
}
