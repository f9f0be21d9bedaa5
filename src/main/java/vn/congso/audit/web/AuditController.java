package vn.congso.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import vn.congso.audit.AuditLog;

@Controller
@PreAuthorize("hasAuthority('AUDIT_VERIFY')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/quan-tri/nhat-ky")
    String log(Model model) {
        model.addAttribute("entries", audit.recent(100));
        return "audit/log";
    }

    @PostMapping("/quan-tri/nhat-ky/kiem-tra")
    String verify(Model model) {
        model.addAttribute("verification", audit.verify());
        return log(model);
    }
}
