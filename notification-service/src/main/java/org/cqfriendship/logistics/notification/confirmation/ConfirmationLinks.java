package org.cqfriendship.logistics.notification.confirmation;

import org.cqfriendship.logistics.notification.delegate.ContactCheck;
import org.cqfriendship.logistics.notification.delivery.DeliverySettings;
import org.cqfriendship.logistics.support.security.SignedIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link that confirms an address a delegate was registered with. It names the member, the kind
 * of address and a digest of the address, signed under the acknowledgement links' secret with its
 * own purpose ({@link SignedIds}), so it opens nothing else and confirms no address given later.
 */
@Component
public class ConfirmationLinks {

    private static final Pattern ID = Pattern.compile("([A-Za-z0-9-]{1,80}):(EMAIL|PHONE):([0-9a-f]{16})");

    /** What a genuine link confirms. */
    record Confirmation(String memberId, ContactCheck.Kind kind, String addressDigest) {
    }

    private final SignedIds tokens;
    private final String baseUrl;

    ConfirmationLinks(@Value("${notification.acknowledgement.link-secret:}") String secret,
                      @Value("${notification.acknowledgement.link-validity:30d}") Duration validity, Clock clock,
                      DeliverySettings settings) {
        this.tokens = new SignedIds(secret, "contact-confirmation", ID, validity, clock);
        this.baseUrl = settings.publicBaseUrl();
    }

    public String linkFor(ContactCheck check) {
        return baseUrl + "/contacts/confirm/" + tokens.tokenFor(check.confirmationId()) + "?lang=" + check.language();
    }

    Optional<Confirmation> of(String token) {
        return tokens.idOf(token).map(ID::matcher).filter(Matcher::matches)
                .map(id -> new Confirmation(id.group(1), ContactCheck.Kind.valueOf(id.group(2)), id.group(3)));
    }
}
