package org.cqfriendship.logistics.registration.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Limits how many registrations one client (by its address) may create: a Bucket4j token bucket
 * per client of {@code registration.rate-limit.per-minute} creates (through the API or the form's
 * final submit), refilled evenly over each minute. Past it, {@code 429} with {@code Retry-After}.
 * The buckets live in a size-capped Caffeine cache (the least recently seen client goes first), so a flood of addresses
 * cannot grow memory. The path is matched as it is routed (decoded and normalized), so an encoded
 * path such as {@code /api/%64elegations} is limited too. The client address is the connection's,
 * or, behind a proxy trusted through {@code server.forward-headers-strategy} and
 * {@code server.tomcat.remoteip.internal-proxies}, the one it forwards.
 */
@Component
class RegistrationRateLimitFilter extends OncePerRequestFilter {

    private static final int MOST_TRACKED_CLIENTS = 100_000;
    private static final Set<String> LIMITED = Set.of("/api/delegations", "/register/review");
    private static final UrlPathHelper ROUTED = new UrlPathHelper();

    private final int perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> clients = Caffeine.newBuilder().maximumSize(MOST_TRACKED_CLIENTS)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    RegistrationRateLimitFilter(@Value("${registration.rate-limit.per-minute:30}") int perMinute, Clock clock,
                                MessageSource messages, LocaleResolver localeResolver) {
        this.perMinute = perMinute;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LIMITED.contains(routedPath(request));
    }

    private static String routedPath(HttpServletRequest request) {
        String path = ROUTED.getLookupPathForRequest(request);
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = clients.get(request.getRemoteAddr(), client -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        Locale locale = localeResolver.resolveLocale(request);
        String detail = messages.getMessage("ratelimit.text", new Object[] {retryAfterSeconds}, locale);
        if (routedPath(request).startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"title\":\"Too many registrations\",\"status\":429,\"detail\":\"" + detail + "\"}");
        } else {
            // The form is kept in the session: going back and submitting later loses nothing.
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><html lang=\"" + locale.toLanguageTag() + "\"><meta charset=\"utf-8\">"
                    + "<title>429</title><p>" + detail + " <a href=\"/register/review\">"
                    + messages.getMessage("ratelimit.back", null, locale) + "</a></p></html>");
        }
    }
}
