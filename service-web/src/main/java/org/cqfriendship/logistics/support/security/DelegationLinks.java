package org.cqfriendship.logistics.support.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret link that grants exactly one delegation:
 * {@code <delegation id>[~<generation>].<expiry>.<HMAC-SHA256>} under a secret every service
 * shares, so each service can check a link without asking another and nothing about it is stored.
 * A link is good for {@code logistics.access.link-validity} from when it was sent (a fresh one
 * comes with every confirmation email), and while its generation is the delegation's current one
 * ({@link LinkGenerations}; generation 0 is written without the suffix). Rotating the secret
 * invalidates every link sent so far.
 */
public class DelegationLinks {

    private static final Pattern IDS = Pattern.compile("[A-Za-z0-9-]{1,64}(~[0-9]{1,9})?");
    private final SignedIds tokens;
    private final LinkGenerations generations;

    public DelegationLinks(String secret, Duration validity, Clock clock, LinkGenerations generations) {
        this.tokens = new SignedIds(secret, "delegation-link", IDS, validity, clock);
        this.generations = generations;
    }

    /** A link of generation 0: for a delegation whose links were never revoked. */
    public String tokenFor(String delegationId) {
        return tokenFor(delegationId, 0);
    }

    public String tokenFor(String delegationId, int generation) {
        return tokens.tokenFor(generation == 0 ? delegationId : delegationId + "~" + generation);
    }

    /** The delegation a token grants, if it is genuine, not expired and not revoked. */
    public Optional<String> delegationOf(String token) {
        return tokens.idOf(token).filter(this::current).map(DelegationLinks::delegation);
    }

    /**
     * The delegation of a genuine link that expired or was revoked: it grants nothing, but a fresh
     * link may be sent to the delegation's contact.
     */
    public Optional<String> expiredDelegationOf(String token) {
        return tokens.expiredIdOf(token).or(() -> tokens.idOf(token).filter(id -> !current(id))).map(DelegationLinks::delegation);
    }

    private boolean current(String id) {
        int tilde = id.indexOf('~');
        int generation = tilde < 0 ? 0 : Integer.parseInt(id.substring(tilde + 1));
        return generation >= generations.current(delegation(id));
    }

    private static String delegation(String id) {
        int tilde = id.indexOf('~');
        return tilde < 0 ? id : id.substring(0, tilde);
    }
}
