package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Related agencies' links: the public list and the administrator's page (NĐ42 Đ7 k1 b). */
@Controller
class RelatedLinkController {

    static final String STAFF = "/quan-tri/lien-ket";

    private final RelatedLinks links;

    RelatedLinkController(RelatedLinks links) {
        this.links = links;
    }

    @GetMapping("/lien-ket")
    @PermitAll
    String publicList(Model model) {
        model.addAttribute("links", links.all());
        return "content/links";
    }

    @GetMapping(STAFF)
    @PreAuthorize("hasAuthority('AGENCY_MANAGE')")
    String staffList(Model model) {
        model.addAttribute("form", new LinkForm());
        model.addAttribute("links", links.all());
        return "content/links-edit";
    }

    @PostMapping(STAFF)
    @PreAuthorize("hasAuthority('AGENCY_MANAGE')")
    String add(@ModelAttribute("form") LinkForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        String nameVi = ArticleRules.clean(form.getNameVi());
        String nameEn = ArticleRules.clean(form.getNameEn());
        String url = form.getUrl() == null ? null : form.getUrl().strip();
        if (nameVi == null) {
            errors.rejectValue("nameVi", "content.links.name-required");
        }
        if (nameEn == null) {
            errors.rejectValue("nameEn", "content.links.name-required");
        }
        String problem = links.problem(url);
        if (problem != null) {
            errors.rejectValue("url", problem);
        } else if (links.urlTaken(url)) {
            errors.rejectValue("url", "content.links.url-taken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("links", links.all());
            return "content/links-edit";
        }
        links.add(nameVi, nameEn, url);
        redirect.addFlashAttribute("notice", "content.links.added");
        return "redirect:" + STAFF;
    }

    @PostMapping(STAFF + "/{id}/xoa")
    @PreAuthorize("hasAuthority('AGENCY_MANAGE')")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        links.remove(id);
        redirect.addFlashAttribute("notice", "content.links.removed");
        return "redirect:" + STAFF;
    }
}
