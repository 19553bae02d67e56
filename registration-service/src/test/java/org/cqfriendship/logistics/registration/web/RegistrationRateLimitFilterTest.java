package org.cqfriendship.logistics.registration.web;

import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRateLimitFilterTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T00:00:00Z"));
    final RegistrationRateLimitFilter filter = new RegistrationRateLimitFilter(3, clock, messages(),
            new AcceptHeaderLocaleResolver());

    static MessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    MockHttpServletResponse post(String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/delegations");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void answers429WithRetryAfterOnceAClientUsedItsAllowance() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post("10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("20");
        assertThat(refused.getContentAsString()).contains("try again in 20 seconds");
        assertThat(post("10.0.0.2").getStatus()).as("another client is not affected").isEqualTo(200);
    }

    @Test
    void letsTheClientAgainOnceTheBucketRefilled() throws Exception {
        for (int i = 0; i < 4; i++) {
            post("10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(20));

        assertThat(post("10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(post("10.0.0.1").getStatus()).isEqualTo(429);
    }

    @Test
    void leavesReadsAlone() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/delegations");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }
}
