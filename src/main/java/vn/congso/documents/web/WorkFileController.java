package vn.congso.documents.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.documents.DocumentsError;
import vn.congso.documents.WorkFileManagement;
import vn.congso.documents.WorkFileManagement.ItemKind;
import vn.congso.shared.CongsoException;

/**
 * Staff pages of work files (hồ sơ công việc): the yearly file list with its entry form, and each file with
 * what it holds and its open / close / hand-to-archive actions. A refused entry or item is shown next to its field.
 */
@Controller
@RequestMapping("/quan-tri/ho-so-cong-viec")
class WorkFileController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkFileManagement files;

    WorkFileController(WorkFileManagement files) {
        this.files = files;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping
    String list(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        WorkFileForm form = new WorkFileForm();
        form.setYear(year == null ? LocalDate.now(VIETNAM).getYear() : year);
        model.addAttribute("form", form);
        return list(model, form.getYear());
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping
    String add(@Valid @ModelAttribute("form") WorkFileForm form, BindingResult errors, Authentication user,
               Model model) {
        if (!errors.hasErrors()) {
            try {
                long id = files.list(form.toEntry(), user.getName());
                return "redirect:/quan-tri/ho-so-cong-viec/" + id;
            } catch (CongsoException e) {
                if (e.code() != DocumentsError.DUPLICATE_FILE_CODE) {
                    throw e;
                }
                errors.rejectValue("code", e.code().messageKey(), e.arguments(), null);
            }
        }
        return list(model, form.getYear());
    }

    @PreAuthorize("hasAuthority('DOCUMENT_READ')")
    @GetMapping("/{id}")
    String file(@PathVariable long id, Model model) {
        return file(id, model, null, null);
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/mo")
    String open(@PathVariable long id, Authentication user) {
        files.open(id, user.getName());
        return "redirect:/quan-tri/ho-so-cong-viec/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/van-ban")
    String addItem(@PathVariable long id, @RequestParam(required = false) ItemKind kind,
                   @RequestParam(required = false) String reference, Authentication user, Model model) {
        try {
            files.add(id, kind, reference, user.getName());
        } catch (CongsoException e) {
            if (e.code() == DocumentsError.WRONG_STATE) {
                throw e;
            }
            model.addAttribute("reference", reference);
            return file(id, model, e.code().messageKey(), e.arguments());
        }
        return "redirect:/quan-tri/ho-so-cong-viec/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_DRAFT')")
    @PostMapping("/{id}/ket-thuc")
    String close(@PathVariable long id, Authentication user) {
        files.close(id, user.getName());
        return "redirect:/quan-tri/ho-so-cong-viec/" + id;
    }

    @PreAuthorize("hasAuthority('DOCUMENT_REGISTER')")
    @PostMapping("/{id}/nop-luu")
    String archive(@PathVariable long id, Authentication user) {
        files.archive(id, user.getName());
        return "redirect:/quan-tri/ho-so-cong-viec/" + id;
    }

    private String list(Model model, int year) {
        model.addAttribute("year", year);
        model.addAttribute("files", files.fileList(year));
        return "documents/work-files";
    }

    private String file(long id, Model model, String errorKey, Object[] errorArguments) {
        model.addAttribute("file", files.file(id));
        model.addAttribute("items", files.items(id));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("referenceError", errorKey);
        model.addAttribute("referenceErrorArguments", errorArguments);
        return "documents/work-file";
    }
}
