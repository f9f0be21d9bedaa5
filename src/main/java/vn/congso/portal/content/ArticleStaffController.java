package vn.congso.portal.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.audit.AuditLog;
import vn.congso.shared.CongsoException;

/** Editors' and approvers' pages for news articles (NĐ42 Đ17). */
@Controller
class ArticleStaffController {

    static final String PATH = "/quan-tri/tin-bai";

    private final ContentManagement content;
    private final AuditLog audit;

    ArticleStaffController(ContentManagement content, AuditLog audit) {
        this.content = content;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String list(Model model) {
        model.addAttribute("articles", content.allArticles().stream()
                .map(a -> new Row(a, content.versions(a.id()).get(0))).toList());
        model.addAttribute("categoryNames", NewsController.names(content.categories()));
        return "content/staff-list";
    }

    record Row(Article article, ArticleVersion latest) {
    }

    @GetMapping(PATH + "/moi")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String newForm(Model model) {
        model.addAttribute("form", new ArticleForm());
        model.addAttribute("categories", content.categories());
        return "content/staff-edit";
    }

    @PostMapping(PATH + "/moi")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String create(@ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        reject(errors, content.problems(form.toDraft()));
        if (errors.hasErrors()) {
            model.addAttribute("categories", content.categories());
            return "content/staff-edit";
        }
        Article article = content.createDraft(form.toDraft());
        redirect.addFlashAttribute("notice", "content.staff.saved");
        return "redirect:" + PATH + "/" + article.id();
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String edit(@PathVariable long id, Model model) {
        Article article = content.article(id);
        return page(id, article, ArticleForm.of(content.versions(id).get(0)), model);
    }

    @PostMapping(PATH + "/{id}")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String save(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Article article = content.article(id);
        reject(errors, content.problems(form.toDraft()));
        if (errors.hasErrors()) {
            return page(id, article, form, model);
        }
        content.edit(id, form.toDraft());
        redirect.addFlashAttribute("notice", "content.staff.saved");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/xuat-ban")
    @PreAuthorize("hasAuthority('CONTENT_PUBLISH')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            content.publish(id);
            redirect.addFlashAttribute("notice", "content.staff.published");
        } catch (CongsoException e) {
            if (e.code() != ContentError.SELF_PUBLISH_FORBIDDEN && e.code() != ContentError.NOTHING_TO_PUBLISH) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.code().messageKey());
        }
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/go-xuong")
    @PreAuthorize("hasAuthority('CONTENT_PUBLISH')")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            content.unpublish(id);
            redirect.addFlashAttribute("notice", "content.staff.unpublished");
        } catch (CongsoException e) {
            if (e.code() != ContentError.NOTHING_TO_PUBLISH) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.code().messageKey());
        }
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/tep")
    @PreAuthorize("hasAuthority('CONTENT_EDIT')")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        // not required at binding, so that a refused user is refused before anything is read
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("fileProblem", "content.form.file-required");
            return "redirect:" + PATH + "/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            content.attach(id, in, file.getOriginalFilename(), file.getContentType());
        }
        redirect.addFlashAttribute("notice", "content.staff.attached");
        return "redirect:" + PATH + "/" + id;
    }

    private String page(long id, Article article, ArticleForm form, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("categories", content.categories());
        model.addAttribute("versions", content.versions(id));
        model.addAttribute("attachments", content.attachments(id));
        model.addAttribute("history", audit.history(ContentManagement.AUDIT_TYPE, article.slug(), 50));
        return "content/staff-edit";
    }

    private static void reject(BindingResult errors, Map<String, String> problems) {
        problems.forEach((field, key) -> errors.rejectValue(field, key));
    }
}
