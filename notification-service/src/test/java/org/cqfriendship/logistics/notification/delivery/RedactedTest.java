package org.cqfriendship.logistics.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A stored delivery error never holds a bot's access key. */
class RedactedTest {

    @Test
    void keepsOnlyTheSchemeAndHostOfEveryUrl() {
        assertThat(Redacted.text("IOException: https://oapi.dingtalk.com/robot/send?access_token=abc123 answered 403"))
                .isEqualTo("IOException: https://oapi.dingtalk.com/… answered 403");
        assertThat(Redacted.text("ConnectException: http://user:secret@hooks.example.org:8443/T0/B0/XYZ"))
                .isEqualTo("ConnectException: http://hooks.example.org:8443/…");
        assertThat(Redacted.text("HttpTimeoutException: request timed out")).isEqualTo("HttpTimeoutException: request timed out");
        assertThat(Redacted.url("http://127.0.0.1:8026")).isEqualTo("http://127.0.0.1:8026");
    }
}
