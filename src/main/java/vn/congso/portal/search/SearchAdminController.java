package vn.congso.portal.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.congso.audit.AuditLog;

/** The administrator's view of the search index, and the rebuild from the database. */
@Controller
class SearchAdminController {

    private final SearchService search;
    private final AuditLog audit;

    SearchAdminController(SearchService search, AuditLog audit) {
        this.search = search;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('SEARCH_ADMIN')")
    @GetMapping("/quan-tri/tim-kiem")
    String status(Model model) {
        model.addAttribute("size", search.size());
        return "portal/search-admin";
    }

    @PreAuthorize("hasAuthority('SEARCH_ADMIN')")
    @PostMapping("/quan-tri/tim-kiem/tao-lai-chi-muc")
    String rebuild(RedirectAttributes redirect) {
        long rebuilt = search.rebuild();
        // an administrator's action on a shared system, recorded like the others
        audit.record("portal.search-index-rebuilt", "search-index", "lucene", "Tạo lại chỉ mục: " + rebuilt + " tài liệu");
        redirect.addFlashAttribute("rebuilt", rebuilt);
        return "redirect:/quan-tri/tim-kiem";
    }
}
