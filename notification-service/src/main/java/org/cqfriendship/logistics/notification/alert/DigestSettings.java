package org.cqfriendship.logistics.notification.alert;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param window how long a non-urgent alert waits for more changes to the same delegation before it
 *               is sent, so a burst becomes one message; zero sends each change on its own
 */
@ConfigurationProperties("notification.digest")
public record DigestSettings(Duration window) {

    public DigestSettings {
        window = window == null ? Duration.ofMinutes(2) : window;
    }
}
