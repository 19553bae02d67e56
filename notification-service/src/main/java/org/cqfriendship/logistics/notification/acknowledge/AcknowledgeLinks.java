package org.cqfriendship.logistics.notification.acknowledge;

import org.cqfriendship.logistics.support.security.SignedIds;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The link in an email or text message that acknowledges one alert without signing in: the alert
 * id signed with its own secret ({@code notification.acknowledgement.link-secret}), so it opens nothing else,
 * and good for {@code notification.acknowledgement.link-validity} (30 days: past the conference).
 */
@Component
public class AcknowledgeLinks {

    private final SignedIds tokens;
    private final String baseUrl;

    AcknowledgeLinks(@Value("${notification.acknowledgement.link-secret:}") String secret,
                     @Value("${notification.acknowledgement.link-validity:30d}") Duration validity,
                     @Value("${notification.delivery.public-base-url}") String baseUrl, Clock clock) {
        this.tokens = new SignedIds(secret, "alert-acknowledgement", Pattern.compile("[A-Za-z0-9:-]{1,120}"), validity, clock);
        this.baseUrl = baseUrl;
    }

    /** The link, opening the page in {@code languageTag}. */
    public String linkFor(String alertId, @Nullable String languageTag) {
        return baseUrl + "/acknowledge/" + tokens.tokenFor(alertId) + (languageTag == null ? "" : "?lang=" + languageTag);
    }

    Optional<String> alertOf(String token) {
        return tokens.idOf(token);
    }
}
