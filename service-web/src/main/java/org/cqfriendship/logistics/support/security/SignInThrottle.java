package org.cqfriendship.logistics.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Slows down password guessing, per account and per client address, before any password is
 * checked: after a few failed sign-ins (the login page or HTTP Basic) each further failure locks
 * that account or address out for twice as long as the last, up to {@link #LONGEST}. A locked-out
 * attempt costs no BCrypt check and writes nothing: the login page says when to try again, the API
 * answers 429 with {@code Retry-After}. A success clears the account's count. Memory is bounded
 * (the counts live in a size-capped Caffeine cache).
 */
class SignInThrottle {

    /** Failures without delay: per account, and per address (a conference's wifi puts many staff behind one). */
    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration LONGEST = Duration.ofMinutes(15);
    private static final int MOST_TRACKED = 100_000;

    private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(MOST_TRACKED)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final Clock clock;
    private final ProblemAnswers problems;

    SignInThrottle(Clock clock, ProblemAnswers problems) {
        this.clock = clock;
        this.problems = problems;
    }

    /** Failed sign-ins counted so far, and until when the next attempt waits. */
    record Failures(int count, Instant lockedUntil) {

        Failures after(int free, Instant now) {
            int count = this.count + 1;
            long seconds = count <= free ? 0 : Math.min(LONGEST.toSeconds(), 1L << Math.min(30, count - free - 1));
            return new Failures(count, now.plusSeconds(seconds));
        }
    }

    /** The filter of a security chain (not a bean: the servlet container must not run it outside the chains). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return account(request).isEmpty();
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                throttled(request, response, chain);
            }
        };
    }

    private void throttled(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        long waitSeconds = Math.max(secondsLocked("account:" + account(request).orElseThrow(), now),
                secondsLocked("address:" + request.getRemoteAddr(), now));
        if (waitSeconds <= 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(waitSeconds));
        if ("/login".equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + waitSeconds);
        } else {
            problems.tooManySignIns(request, response, waitSeconds);
        }
    }

    private long secondsLocked(String key, Instant now) {
        Failures counted = failures.getIfPresent(key);
        return counted == null || !counted.lockedUntil().isAfter(now) ? 0
                : Duration.between(now, counted.lockedUntil()).toSeconds() + 1;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Instant now = clock.instant();
        failures.asMap().compute("account:" + event.getAuthentication().getName(),
                (key, was) -> (was == null ? new Failures(0, now) : was).after(FREE_ACCOUNT_FAILURES, now));
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            failures.asMap().compute("address:" + details.getRemoteAddress(),
                    (key, was) -> (was == null ? new Failures(0, now) : was).after(FREE_ADDRESS_FAILURES, now));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate("account:" + event.getAuthentication().getName());
    }

    /** The account a request signs in as: the login form's user name, or HTTP Basic's. */
    private static Optional<String> account(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
