package vn.congso.publicservice.web;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.publicservice.DossierQueries;
import vn.congso.shared.CongsoException;

/** Tra cứu hồ sơ (NĐ42 Đ13 k5 c): anyone with the code; the secret on the receipt shows the steps. */
@Controller
@PermitAll
class DossierLookupController {

    private final DossierQueries queries;

    DossierLookupController(DossierQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/tra-cuu-ho-so")
    String lookup(@RequestParam(name = "ma", required = false) String code,
                  @RequestParam(name = "bi-mat", required = false) String secret, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            try {
                model.addAttribute("status", queries.lookup(code.strip(), secret));
            } catch (CongsoException e) {
                model.addAttribute("notFound", true);
            }
        }
        return "dossier/lookup";
    }
}
