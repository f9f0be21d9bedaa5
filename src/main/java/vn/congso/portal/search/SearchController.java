package vn.congso.portal.search;

import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.congso.portal.PortalSearch;
import vn.congso.portal.SearchQuery;
import vn.congso.portal.SearchResults;
import vn.congso.shared.CongsoException;

/** The public search page (NĐ42 Đ7 k1 a: the portal offers search of its information). */
@Controller
class SearchController {

    private final PortalSearch search;
    private final MessageSource messages;

    SearchController(PortalSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @PermitAll
    @GetMapping("/tim-kiem")
    String search(@RequestParam Map<String, String> parameters, Model model, Locale locale) {
        SearchQuery query = SearchRequests.query(parameters, SearchQuery.MIN_PAGE_SIZE);
        SearchResults results = null;
        if (!query.isBlank()) {
            try {
                results = search.search(query);
            } catch (CongsoException e) {
                model.addAttribute("error", messages.getMessage(e.code().messageKey(), e.arguments(), locale));
            }
        }
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("links", new SearchLinks(query, results));
        return "portal/search";
    }
}
