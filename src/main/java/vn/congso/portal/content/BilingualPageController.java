package vn.congso.portal.content;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.agency.AgencyManagement;

/** The introduction pages in Vietnamese ({@code /gioi-thieu}) and English ({@code /en/about}), and their editor. */
@Controller
class BilingualPageController {

    static final String STAFF = "/quan-tri/trang-song-ngu";

    private final BilingualPages pages;
    private final AgencyManagement agencies;
    private final LocaleResolver locales;

    BilingualPageController(BilingualPages pages, AgencyManagement agencies, LocaleResolver locales) {
        this.pages = pages;
        this.agencies = agencies;
        this.locales = locales;
    }

    @GetMapping("/gioi-thieu")
    @PermitAll
    String vietnamese(HttpServletRequest request, HttpServletResponse response, Model model) {
        return about("vi", request, response, model);
    }

    /** NĐ42 Đ7 k2 a: the same information in English, at an address an English reader can guess. */
    @GetMapping("/en/about")
    @PermitAll
    String english(HttpServletRequest request, HttpServletResponse response, Model model) {
        return about("en", request, response, model);
    }

    private String about(String language, HttpServletRequest request, HttpServletResponse response, Model model) {
        locales.setLocale(request, response, Locale.forLanguageTag(language));
        model.addAttribute("language", language);
        model.addAttribute("pages", pages.all());
        model.addAttribute("departments", agencies.departments().stream().filter(vn.congso.agency.Department::active).toList());
        return "content/about";
    }

    @GetMapping(STAFF)
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        return "content/pages-list";
    }

    @GetMapping(STAFF + "/{code}")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String edit(@PathVariable String code, Model model) {
        BilingualPage page = pages.page(code);
        model.addAttribute("page", page);
        model.addAttribute("form", PageForm.of(page));
        return "content/page-edit";
    }

    @PostMapping(STAFF + "/{code}")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String save(@PathVariable String code, @ModelAttribute("form") PageForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        BilingualPage page = pages.page(code);
        String titleVi = ArticleRules.clean(form.getTitleVi());
        String titleEn = ArticleRules.clean(form.getTitleEn());
        String bodyVi = body(form.getBodyVi());
        String bodyEn = body(form.getBodyEn());
        required(errors, "titleVi", titleVi);
        required(errors, "bodyVi", bodyVi);
        required(errors, "titleEn", titleEn);
        required(errors, "bodyEn", bodyEn);
        if (errors.hasErrors()) {
            model.addAttribute("page", page);
            return "content/page-edit";
        }
        List<String> changed = pages.save(code, titleVi, bodyVi, titleEn, bodyEn);
        redirect.addFlashAttribute("notice", changed.isEmpty() ? "content.pages.unchanged" : "content.pages.saved");
        return "redirect:" + STAFF + "/" + code;
    }

    private static String body(String value) {
        String text = value == null ? null : vn.congso.shared.VietnameseText.nfc(value.replace("\r\n", "\n")).strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static void required(BindingResult errors, String field, String value) {
        if (value == null) {
            errors.rejectValue(field, "content.pages.required");
        }
    }
}
