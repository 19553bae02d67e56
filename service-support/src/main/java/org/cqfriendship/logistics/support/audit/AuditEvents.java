package org.cqfriendship.logistics.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.cqfriendship.logistics.support.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

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

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        audit.record(String.valueOf(event.getAuthentication().getName()), "login.failed", "login",
                Map.of("reason", event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Caller caller = Caller.of(event.getAuthentication().get());
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
