package org.cqfriendship.logistics.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.cqfriendship.logistics.access.Caller;
import org.cqfriendship.logistics.support.security.Callers;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Sign-ins on the login page, failed sign-ins, and refusals of signed-in callers go to the audit
 * log. Anonymous visitors sent to the login page are not recorded (that is every first visit).
 */
class AuditEvents {

    private final AuditLog audit;

    AuditEvents(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "login.succeeded", "login", Map.of());
    }

    /**
     * The name tried is kept only as a hash: people type their password into the name field, and
     * the log must not keep it. The same name always hashes the same, so repeated tries still show.
     */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        audit.record(hashed(String.valueOf(event.getAuthentication().getName())), "login.failed", "login",
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    static String hashed(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Caller caller = Callers.of(event.getAuthentication().get());
        if (caller.isAnonymous()) {
            return;
        }
        Object object = event.getObject();
        HttpServletRequest request = object instanceof RequestAuthorizationContext context ? context.getRequest()
                : object instanceof HttpServletRequest servletRequest ? servletRequest : null;
        String target = request != null ? request.getMethod() + " " + request.getRequestURI() : String.valueOf(object);
        audit.record(caller.name(), "access.denied", target, Map.of());
    }
}
