package org.cqfriendship.logistics.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's answers when a caller is not signed in (401) or may not do this (403): RFC 9457
 * problems in the caller's language, like every other API answer. The 401's challenge is
 * {@code Bearer}, never {@code Basic}: a Basic challenge makes a browser ask for a password and
 * then send it with every request to the service, cross-site forms included.
 */
class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemAnswers(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"delegation-logistics\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "problem.unauthorized",
                "Sign in first: staff with their account (HTTP Basic), a delegation with its secret link (Authorization: Bearer <token>).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.forbidden", "Your role does not allow this.");
    }

    /** A state-changing call that is neither JSON nor marked {@code X-Requested-With} ({@link CrossSiteRequestGuard}). */
    void refuseCrossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "problem.cross-site",
                "This call changes data, so it must be sent as JSON (Content-Type: application/json; send {} when there is no body) "
                        + "or with the header X-Requested-With. A form on another site cannot do either.");
    }

    /** A sign-in while the account or address is locked out ({@link SignInThrottle}). */
    void tooManySignIns(HttpServletRequest request, HttpServletResponse response, long waitSeconds) throws IOException {
        write(request, response, 429, "problem.sign-in-throttled", "Too many failed sign-ins: try again in {0} seconds.", waitSeconds);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String fallback,
                       Object... arguments) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(code + ".title", null, fallback, locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(code, arguments.length == 0 ? null : arguments, fallback, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
