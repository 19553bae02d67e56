package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Staff accounts and the delegation-link secret, shared by the services.
 *
 * @param users                staff accounts: user name → account
 * @param demoUsers            the local platform's demo accounts (documented in the README), which only the
 *                             local profile's defaults define, so a production configuration never inherits them
 * @param delegationLinkSecret signs the secret links that grant one delegation (at least 32 characters)
 * @param linkValidity         how long a delegation link is good for once sent
 * @param oidc                 how an OpenID Connect provider's claims map to roles and an inbox
 * @param home                 where staff land after signing in on this service
 */
@ConfigurationProperties("logistics.access")
public record AccessProperties(Map<String, Account> users, Map<String, Account> demoUsers,
                               String delegationLinkSecret, @DefaultValue("90d") Duration linkValidity,
                               @DefaultValue Oidc oidc, @DefaultValue("/account") String home) {

    /**
     * @param name     shown on pages and in the audit log
     * @param password an encoded password, {@code {bcrypt}$2a$…}
     * @param inbox    the coordinator inbox this account reads (a coordinator's id, {@code programme-desk}, …)
     */
    public record Account(String name, String password, Set<Role> roles, String inbox) {
    }

    /**
     * @param rolesClaim the claim listing the user's roles (values as {@link Role} names, any case)
     * @param inboxClaim the claim that names the user at the provider
     * @param inboxes    which inbox each provider user (by {@code inboxClaim}) reads: a user reads an inbox
     *                   only when listed here and granted {@code COORDINATOR}, so a provider account that is
     *                   merely named like an inbox reads nothing
     */
    public record Oidc(@DefaultValue("roles") String rolesClaim, @DefaultValue("preferred_username") String inboxClaim,
                       Map<String, String> inboxes) {

        public Oidc {
            inboxes = inboxes == null ? Map.of() : Map.copyOf(inboxes);
        }
    }

    public Map<String, Account> accounts() {
        Map<String, Account> all = new TreeMap<>();
        if (demoUsers != null) {
            all.putAll(demoUsers);
        }
        if (users != null) {
            all.putAll(users);
        }
        return all;
    }
}
