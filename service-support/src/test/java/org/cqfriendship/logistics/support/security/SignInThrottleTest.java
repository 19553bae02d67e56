package org.cqfriendship.logistics.support.security;

import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing is slowed down per account and per address before any password is checked. */
class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-20T01:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock, new ProblemAnswers(new StaticMessageSource(),
            new AcceptHeaderLocaleResolver()));
    private int checked;

    @Test
    void aThousandWrongPasswordsCostFivePasswordChecksAndTheRightOneWaitsToo() throws Exception {
        int refused = 0;
        for (int i = 0; i < 1_000; i++) {
            MockHttpServletResponse answer = basic("programme", "guess-" + i, "10.0.0.1");
            if (answer.getStatus() == 429) {
                refused++;
                assertThat(answer.getHeader("Retry-After")).isNotNull();
                assertThat(answer.getContentAsString()).contains("\"status\":429");
            }
        }

        assertThat(checked).as("passwords checked").isEqualTo(SignInThrottle.FREE_ACCOUNT_FAILURES + 1);
        assertThat(refused).isEqualTo(1_000 - checked);
        assertThat(basic("programme", "the-right-one", "10.0.0.2").getStatus()).as("the account waits, wherever from").isEqualTo(429);
        assertThat(basic("operations", "the-right-one", "10.0.0.2").getStatus()).as("other accounts are not held up").isEqualTo(200);
    }

    @Test
    void eachFurtherFailureWaitsTwiceAsLongUpToFifteenMinutes() throws Exception {
        for (int i = 0; i <= SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            basic("programme", "guess", "10.0.0.1");
        }
        assertThat(basic("programme", "guess", "10.0.0.1").getHeader("Retry-After")).isEqualTo("2");
        clock.advance(Duration.ofSeconds(2));
        basic("programme", "guess", "10.0.0.1");
        assertThat(basic("programme", "guess", "10.0.0.1").getHeader("Retry-After")).isEqualTo("3");
        for (int i = 0; i < 20; i++) {
            clock.advance(SignInThrottle.LONGEST);
            basic("programme", "guess", "10.0.0.1");
        }
        assertThat(basic("programme", "guess", "10.0.0.1").getHeader("Retry-After")).isEqualTo(String.valueOf(15 * 60 + 1));
    }

    @Test
    void anAddressTryingManyAccountsIsHeldUpForAll() throws Exception {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES + 1; i++) {
            basic("user-" + i, "guess", "10.0.0.9");
        }

        assertThat(basic("operations", "the-right-one", "10.0.0.9").getStatus()).isEqualTo(429);
        assertThat(basic("operations", "the-right-one", "10.0.0.10").getStatus()).isEqualTo(200);
    }

    @Test
    void theLoginPageSaysWhenToTryAgain() throws Exception {
        for (int i = 0; i <= SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
            form("programme", "guess");
        }
        MockHttpServletResponse answer = form("programme", "guess");

        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?throttled=2");
    }

    /** A request with HTTP Basic through the throttle; "the-right-one" is the right password. */
    private MockHttpServletResponse basic(String account, String password, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/delegations");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return through(request, account, password);
    }

    private MockHttpServletResponse form(String account, String password) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr("10.0.0.1");
        request.addParameter("username", account);
        request.addParameter("password", password);
        return through(request, account, password);
    }

    /** What the authentication behind the throttle would do: check the password and publish the outcome. */
    private MockHttpServletResponse through(MockHttpServletRequest request, String account, String password) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.filter().doFilter(request, response, (req, res) -> {
            checked++;
            UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(account, password);
            attempt.setDetails(new WebAuthenticationDetails(request));
            if ("the-right-one".equals(password)) {
                throttle.succeeded(new AuthenticationSuccessEvent(attempt));
            } else {
                throttle.failed(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("wrong")));
            }
        });
        return response;
    }
}
