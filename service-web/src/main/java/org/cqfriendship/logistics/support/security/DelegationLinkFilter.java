package org.cqfriendship.logistics.support.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Signs in a delegation presenting its secret link: as {@code Authorization: Bearer <token>} on
 * the API, or as the page path {@code /d/<token>…}. A forged bearer token is refused (401); a
 * forged page link stays anonymous, and the page answers 404 as for any unknown link.
 */
class DelegationLinkFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private final DelegationLinks links;
    private final AuthenticationEntryPoint refused;

    DelegationLinkFilter(DelegationLinks links, AuthenticationEntryPoint refused) {
        this.links = links;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<String> delegation = links.delegationOf(header.substring(BEARER.length()).strip());
            if (delegation.isEmpty()) {
                SecurityContextHolder.clearContext();
                refused.commence(request, response, new BadCredentialsException("Not a delegation link"));
                return;
            }
            signIn(delegation.get());
        } else {
            pageToken(request).flatMap(links::delegationOf).ifPresent(DelegationLinkFilter::signIn);
        }
        chain.doFilter(request, response);
    }

    private static void signIn(String delegationId) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new DelegationLinkAuthentication(delegationId));
        SecurityContextHolder.setContext(context);
    }

    private static Optional<String> pageToken(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/d/")) {
            return Optional.empty();
        }
        String rest = path.substring(3);
        int slash = rest.indexOf('/');
        return Optional.of(slash < 0 ? rest : rest.substring(0, slash));
    }
}
