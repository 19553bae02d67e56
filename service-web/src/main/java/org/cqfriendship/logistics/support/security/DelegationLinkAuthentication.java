package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.util.List;

/** A caller holding a delegation's secret link: the DELEGATE of that one delegation. */
public class DelegationLinkAuthentication extends AbstractAuthenticationToken {

    private final String delegationId;

    public DelegationLinkAuthentication(String delegationId) {
        super(List.of(Callers.authority(Role.DELEGATE)));
        this.delegationId = delegationId;
        setAuthenticated(true);
    }

    public String delegationId() {
        return delegationId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "delegation:" + delegationId;
    }
}
