package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed token opens its one thing until it expires, and nothing once altered. */
class SignedIdsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T00:00:00Z"));
    private final SignedIds tokens = new SignedIds("a-secret-of-at-least-thirty-two-characters", "delegation-link",
            Pattern.compile("[A-Za-z0-9-]{1,64}"), Duration.ofDays(90), clock);

    @Test
    void opensItsIdUntilItExpiresAndThenOnlyTellsWhoseItWas() {
        String token = tokens.tokenFor("d-1");

        assertThat(tokens.idOf(token)).contains("d-1");
        assertThat(tokens.expiredIdOf(token)).isEmpty();
        clock.advance(Duration.ofDays(90));
        assertThat(tokens.idOf(token)).isEmpty();
        assertThat(tokens.expiredIdOf(token)).contains("d-1");
    }

    @Test
    void anAlteredIdExpiryOrSignatureOpensNothing() {
        String token = tokens.tokenFor("d-1");
        String[] parts = token.split("\\.");
        String later = Long.toString(Long.parseLong(parts[1], 36) + 86_400 * 365, 36);

        assertThat(tokens.idOf("d-2." + parts[1] + "." + parts[2])).isEmpty();
        assertThat(tokens.idOf(parts[0] + "." + later + "." + parts[2])).as("a longer life is not signed").isEmpty();
        assertThat(tokens.idOf(token + "x")).isEmpty();
        assertThat(tokens.idOf(parts[0] + "." + parts[2])).as("the old form without expiry").isEmpty();
        assertThat(new SignedIds("a-secret-of-at-least-thirty-two-characters", "alert-acknowledgement",
                Pattern.compile("[A-Za-z0-9-]{1,64}"), Duration.ofDays(90), clock).idOf(token)).as("another purpose").isEmpty();
    }
}
