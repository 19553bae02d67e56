package org.cqfriendship.logistics.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Refuses a state-changing API call that a cross-site form could make: the API has no CSRF token
 * (no cookie authenticates it), so such a call must be a request no form can send without the
 * browser asking the service first: JSON ({@code Content-Type: application/json}, body-less calls
 * send {@code {}}) or with an {@code X-Requested-With} header. A form's call is answered 403 and
 * changes nothing.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    static final String REQUESTED_WITH = "X-Requested-With";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemAnswers problems;

    CrossSiteRequestGuard(ProblemAnswers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || request.getHeader(REQUESTED_WITH) != null || isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        problems.refuseCrossSite(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
