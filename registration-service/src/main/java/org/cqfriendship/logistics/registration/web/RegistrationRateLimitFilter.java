package org.cqfriendship.logistics.registration.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many registrations one client (by its address) may create: a token bucket of
 * {@code registration.rate-limit.per-minute} creates (through the API or the form's final submit), refilled evenly over each minute. Past it,
 * {@code 429} with {@code Retry-After}. Behind a proxy, let the server trust forwarded headers
 * ({@code server.forward-headers-strategy}) so the client's own address is used.
 */
@Component
class RegistrationRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RegistrationRateLimitFilter(@Value("${registration.rate-limit.per-minute:30}") int perMinute, Clock clock,
                                MessageSource messages, LocaleResolver localeResolver) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !("/api/delegations".equals(request.getRequestURI()) || "/register/review".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear(); // a flood of addresses must not grow memory without bound
        }
        long now = clock.millis();
        Bucket bucket = buckets.compute(request.getRemoteAddr(), (client, old) -> (old == null ? Bucket.full(perMinute, now) : old).take(perMinute, now));
        if (!bucket.granted()) {
            long retryAfterSeconds = Math.max(1, (long) Math.ceil(bucket.millisUntilNextToken(perMinute) / 1000.0));
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
            Locale locale = localeResolver.resolveLocale(request);
            String detail = messages.getMessage("ratelimit.text", new Object[] {retryAfterSeconds}, locale);
            if (request.getRequestURI().startsWith("/api/")) {
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"title\":\"Too many registrations\",\"status\":429,\"detail\":\"" + detail + "\"}");
            } else {
                // The form is kept in the session: going back and submitting later loses nothing.
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!doctype html><html lang=\"" + locale.toLanguageTag() + "\"><meta charset=\"utf-8\">"
                        + "<title>429</title><p>" + detail + " <a href=\"/register/review\">"
                        + messages.getMessage("ratelimit.back", null, locale) + "</a></p></html>");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tokens left (fractional), when last refilled, and whether the last take got one. */
    record Bucket(double tokens, long refilledAt, boolean granted) {

        static Bucket full(int capacity, long now) {
            return new Bucket(capacity, now, false);
        }

        Bucket take(int perMinute, long now) {
            double refilled = Math.min(perMinute, tokens + (now - refilledAt) * perMinute / 60_000.0);
            return refilled >= 1 ? new Bucket(refilled - 1, now, true) : new Bucket(refilled, now, false);
        }

        long millisUntilNextToken(int perMinute) {
            return (long) ((1 - tokens) * 60_000.0 / perMinute);
        }
    }
}
