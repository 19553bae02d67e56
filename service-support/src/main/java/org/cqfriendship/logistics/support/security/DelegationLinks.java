package org.cqfriendship.logistics.support.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret link that grants exactly one delegation: {@code <delegation id>.<HMAC-SHA256 of it>}
 * under a secret every service shares, so each service can check a link without asking another
 * and nothing about it is stored. Rotating the secret invalidates every link sent so far.
 */
public class DelegationLinks {

    private final SignedIds tokens;

    public DelegationLinks(String secret) {
        this.tokens = new SignedIds(secret, "delegation-link", Pattern.compile("[A-Za-z0-9-]{1,64}"));
    }

    public String tokenFor(String delegationId) {
        return tokens.tokenFor(delegationId);
    }

    /** The delegation a token grants, if it is genuine. */
    public Optional<String> delegationOf(String token) {
        return tokens.idOf(token);
    }
}
