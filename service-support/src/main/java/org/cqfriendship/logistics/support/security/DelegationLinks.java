package org.cqfriendship.logistics.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret link that grants exactly one delegation: {@code <delegation id>.<expiry>.<HMAC-SHA256>}
 * under a secret every service shares, so each service can check a link without asking another
 * and nothing about it is stored. A link is good for {@code logistics.access.link-validity} from
 * when it was sent (a fresh one comes with every confirmation email); rotating the secret
 * invalidates every link sent so far.
 */
public class DelegationLinks {

    private final SignedIds tokens;

    public DelegationLinks(String secret, Duration validity, Clock clock) {
        this.tokens = new SignedIds(secret, "delegation-link", Pattern.compile("[A-Za-z0-9-]{1,64}"), validity, clock);
    }

    public String tokenFor(String delegationId) {
        return tokens.tokenFor(delegationId);
    }

    /** The delegation a token grants, if it is genuine and not expired. */
    public Optional<String> delegationOf(String token) {
        return tokens.idOf(token);
    }

    /** The delegation of a genuine link that expired: it grants nothing, but a fresh link may be sent to the delegation's contact. */
    public Optional<String> expiredDelegationOf(String token) {
        return tokens.expiredIdOf(token);
    }
}
