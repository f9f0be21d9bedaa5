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
    private final vn.congso.publicservice.ProcedureCatalogue catalogue;

    DossierLookupController(DossierQueries queries, vn.congso.publicservice.ProcedureCatalogue catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    /**
     * NĐ137 Đ8 k4: a result from the data store can be checked by its number; the page shows what
     * was issued and the hash of the signed file, never the owner or the data.
     */
    @GetMapping("/kiem-tra-ket-qua")
    String verify(@RequestParam(name = "ma", required = false) String code, Model model) {
        model.addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            queries.verify(code.strip()).ifPresentOrElse(result -> {
                model.addAttribute("result", result);
                model.addAttribute("procedureName", catalogue.find(result.procedureCode())
                        .map(vn.congso.publicservice.Procedure::name).orElse(result.procedureCode()));
            }, () -> model.addAttribute("notFound", true));
        }
        return "dossier/verify";
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
