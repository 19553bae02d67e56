package org.cqfriendship.logistics.support.security;

/**
 * Which generation of secret links a delegation accepts: staff revoking its links raises it, and a
 * link of an earlier generation opens nothing. Each service that grants anything to a link answers
 * from what it stores (the registration itself, or its copy kept from {@code DelegationLinksRevoked},
 * {@link RevokedLinks}); every service must declare one, so none accepts a revoked link by omission.
 */
@FunctionalInterface
public interface LinkGenerations {

    /** For links checked outside a service (tests): every genuine link is of the current generation. */
    LinkGenerations NONE_REVOKED = delegationId -> 0;

    int current(String delegationId);
}
