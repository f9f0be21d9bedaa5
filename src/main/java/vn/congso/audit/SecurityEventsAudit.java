package vn.congso.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins, failed logins and logouts go into the audit log. */
@Component
class SecurityEventsAudit {

    private final AuditLog audit;

    SecurityEventsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.recordAs(user, "identity.login", "account", user, null);
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        String user = event.getAuthentication().getName();
        audit.recordAs(user, "identity.login.failed", "account", user, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        String user = event.getAuthentication().getName();
        audit.recordAs(user, "identity.logout", "account", user, null);
    }
}
