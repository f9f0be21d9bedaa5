package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the information catalogue (NĐ42 Đ4 k1 h). */
@Controller
@PermitAll
class CatalogueController {

    private final InformationCatalogue catalogue;

    CatalogueController(InformationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/danh-muc-thong-tin")
    String catalogue(Model model) {
        model.addAttribute("rows", catalogue.rows());
        return "content/catalogue";
    }
}
