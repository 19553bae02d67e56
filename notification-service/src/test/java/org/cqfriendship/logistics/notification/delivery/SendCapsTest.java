package org.cqfriendship.logistics.notification.delivery;

import org.cqfriendship.logistics.notification.alert.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A stranger's phone given at registration gets at most a few texts an hour; the rest wait. */
class SendCapsTest {

    private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");

    @Test
    void holdsWhatIsOverTheAddressCapUntilTheHourFreesAPlace() {
        SendCaps caps = new SendCaps(3, 100);
        for (int i = 0; i < 3; i++) {
            assertThat(caps.admit(Channel.SMS, "+8613800000001", "d1", NOW.plusSeconds(i))).isEmpty();
        }

        assertThat(caps.admit(Channel.SMS, "+8613800000001", "d1", NOW.plusSeconds(10))).contains(NOW.plus(SendCaps.WINDOW));
        assertThat(caps.admit(Channel.EMAIL, "someone@example.org", "d1", NOW.plusSeconds(10))).as("another address").isEmpty();
        assertThat(caps.admit(Channel.SMS, "+8613800000001", "d1", NOW.plus(SendCaps.WINDOW))).as("an hour later").isEmpty();
    }

    @Test
    void capsADelegationAcrossAllItsAddresses() {
        SendCaps caps = new SendCaps(100, 5);
        for (int i = 0; i < 5; i++) {
            assertThat(caps.admit(Channel.SMS, "+86138000000" + i, "d1", NOW)).isEmpty();
        }

        assertThat(caps.admit(Channel.SMS, "+8613800000099", "d1", NOW.plus(Duration.ofMinutes(1)))).isPresent();
        assertThat(caps.admit(Channel.SMS, "+8613800000099", "d2", NOW.plus(Duration.ofMinutes(1)))).as("another delegation").isEmpty();
    }
}
