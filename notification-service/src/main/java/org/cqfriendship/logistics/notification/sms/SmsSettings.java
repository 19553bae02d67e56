package org.cqfriendship.logistics.notification.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param gatewayUrl where the HTTP SMS gateway takes messages (the local platform's simulator by default)
 * @param maxLength  the longest text sent; a longer alert is cut, and the link leads to the rest
 */
@ConfigurationProperties("notification.sms")
public record SmsSettings(String gatewayUrl, int maxLength) {

    public SmsSettings {
        gatewayUrl = gatewayUrl == null ? "http://localhost:8026/sms" : gatewayUrl;
        maxLength = maxLength <= 0 ? 480 : maxLength;
    }
}
