package vn.congso.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.congso.audit.AuditLog;
import vn.congso.audit.AuditVerification;

/** The audit chain verification for operators and external checks. */
@RestController
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    /** Walks the chain; {@code intact: false} names the first broken entry. */
    @PreAuthorize("hasAuthority('AUDIT_VERIFY')")
    @GetMapping("/api/v1/audit/verification")
    AuditVerification verify() {
        return audit.verify();
    }
}
