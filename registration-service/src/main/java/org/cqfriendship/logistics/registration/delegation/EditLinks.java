package org.cqfriendship.logistics.registration.delegation;

import org.cqfriendship.logistics.support.security.DelegationLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The secret link through which a delegation sees and changes its registration, {@code /d/<token>}.
 * The token ({@link DelegationLinks}) names the delegation and is signed with the secret all
 * services share, so the same token opens the delegation's itinerary too; nothing of it is stored.
 */
@Component
public class EditLinks {

    private final DelegationLinks links;
    private final String baseUrl;

    EditLinks(DelegationLinks links, @Value("${registration.public-base-url:http://localhost:8081}") String baseUrl) {
        this.links = links;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A link of the delegation's current generation: links of earlier ones were revoked. */
    public String tokenFor(Delegation delegation) {
        return links.tokenFor(delegation.id(), delegation.currentLinkGeneration());
    }

    public String urlFor(Delegation delegation) {
        return baseUrl + "/d/" + tokenFor(delegation);
    }

    Optional<String> delegationOf(String token) {
        return links.delegationOf(token);
    }

    /** The delegation of a genuine link, whether it is still good or has expired. */
    public Optional<String> delegationOfAnyAge(String token) {
        return links.delegationOf(token).or(() -> links.expiredDelegationOf(token));
    }
}
